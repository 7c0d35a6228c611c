using Specdown.Model.Collections;

namespace Specdown.Model;

/// <summary>
/// The result of reading a JSON text tolerantly: the root (null when nothing could be read), whether the text was strict
/// JSON, and the recoveries used (e.g. "trailing comma", "unquoted key", "comment", "missing comma", "ellipsis").
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record JsonDocumentInfo(JsonNode? Root, bool IsStrict, EquatableArray<JsonRecovery> Recoveries);

/// <summary>One departure from strict JSON that tolerant reading recovered from (or failed on), and where.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record JsonRecovery(string Kind, string Detail, Diagnostics.LocationInfo Location, bool Recovered);
