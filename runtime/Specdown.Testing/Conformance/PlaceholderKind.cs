namespace Specdown.Testing;

/// <summary>The type placeholders the docs use as example values (<c>"String (timestamp)"</c>, <c>"Boolean"</c>, ...).</summary>
public enum PlaceholderKind
{
    /// <summary>Not a placeholder: a concrete example value.</summary>
    None,

    /// <summary><c>"String"</c>, <c>"string"</c> and <c>String (...)</c> forms not listed below: any string.</summary>
    String,

    /// <summary><c>"String (identifier)"</c>: any string (an identifier's format is the service's choice); sample value a GUID.</summary>
    Identifier,

    /// <summary><c>"String (timestamp)"</c>, <c>"DateTimeOffset"</c>: an ISO 8601 date-time string.</summary>
    Timestamp,

    /// <summary><c>"Date"</c>, <c>"String (date)"</c>: an ISO 8601 date (<c>yyyy-MM-dd</c>).</summary>
    Date,

    /// <summary><c>"Duration"</c>, <c>"String (duration)"</c>: an ISO 8601 duration (<c>PT1H</c>).</summary>
    Duration,

    /// <summary><c>"TimeOfDay"</c>, <c>"String (time of day)"</c>: a time (<c>08:00:00</c>).</summary>
    TimeOfDay,

    /// <summary><c>"Guid"</c>, <c>"GUID"</c>: a GUID string.</summary>
    Guid,

    /// <summary><c>"Binary"</c>, <c>"String (binary)"</c>: a (base64) string.</summary>
    Binary,

    /// <summary><c>"Boolean"</c>: a JSON boolean.</summary>
    Boolean,

    /// <summary><c>"Int32"</c>, <c>"Int64"</c>, <c>"Double"</c>, <c>"Integer"</c>, ...: a JSON number.</summary>
    Number,

    /// <summary><c>"Json"</c>: any JSON value.</summary>
    Any,
}
