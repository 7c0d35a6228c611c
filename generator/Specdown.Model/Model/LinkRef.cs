using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// A link in the page: its text, its target as written (URL, relative path, anchor) and its location. A struct, stored
/// inline in the arrays of its paragraph, cell or page.
/// </summary>
/// <remarks>Equality: all members by value. <c>default</c> (null text and target) is never produced by the parser.</remarks>
public readonly record struct LinkRef(string Text, string Target, LocationInfo Location);
