using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>A heading of the page (tab-switcher lines such as <c># [HTTP](#tab/http)</c> are not headings).</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record Heading(int Level, string Text, string Anchor, SectionKind Kind, LocationInfo Location);
