namespace Specdown.Testing;

/// <summary>What kind of disagreement a <see cref="ConformanceDifference"/> describes.</summary>
public enum DifferenceKind
{
    /// <summary>A documented property is absent from the actual JSON.</summary>
    MissingProperty,

    /// <summary>The actual JSON has a property the (untruncated) example does not document.</summary>
    UnexpectedProperty,

    /// <summary>The value has another JSON kind (string, number, object, ...) than documented.</summary>
    KindMismatch,

    /// <summary>The value has the documented kind but not the placeholder's format (timestamp, GUID, date, ...).</summary>
    FormatMismatch,

    /// <summary>The value differs from the documented one (only in <see cref="ValueMode.Exact"/> or for numbers compared by value).</summary>
    ValueMismatch,

    /// <summary>The object's <c>@odata.type</c> is not the documented type.</summary>
    ODataTypeMismatch,

    /// <summary>The actual array has fewer items than documented.</summary>
    MissingItem,

    /// <summary>The actual array has more items than documented.</summary>
    UnexpectedItem,

    /// <summary>A JSON text could not be parsed.</summary>
    InvalidJson,

    /// <summary>The HTTP status code differs from the documented one.</summary>
    StatusCode,

    /// <summary>The response's content type differs from the documented one.</summary>
    ContentType,

    /// <summary>A body was expected and the response has none.</summary>
    MissingBody,

    /// <summary>The response has a body where none is expected (for example a 204).</summary>
    UnexpectedBody,
}
