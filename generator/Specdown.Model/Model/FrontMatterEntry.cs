using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>One <c>key: value</c> line of the YAML front matter, value unquoted.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record FrontMatterEntry(string Key, string Value, LocationInfo Location);
