using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>An HTTP header line of an example, name as written.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record HttpHeader(string Name, string Value, LocationInfo Location);
