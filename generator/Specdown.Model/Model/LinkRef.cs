using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>A link in the page: its text, its target as written (URL, relative path, anchor) and its location.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record LinkRef(string Text, string Target, LocationInfo Location);
