namespace Specdown.Testing;

/// <summary>How concrete documented values (not placeholders) are compared.</summary>
public enum ValueMode
{
    /// <summary>
    /// Documented values are illustrative: a documented string matches any string, a boolean any boolean.
    /// The JSON shape (property names, value kinds, placeholder formats) is what must conform. The default.
    /// </summary>
    TypeOnly = 0,

    /// <summary>
    /// Documented strings and booleans must be equal (ISO 8601 timestamps compare as instants); documented
    /// <c>null</c> matches only <c>null</c>; a documented empty array matches only an empty array.
    /// </summary>
    Exact = 1,
}
