using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>A prose paragraph, list item, quote or HTML block, as plain text with its location and its section.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record TextBlock(TextBlockKind Kind, string Text, SectionKind Section, LocationInfo Location);

/// <summary>What kind of non-table, non-code content a <see cref="TextBlock"/> is.</summary>
public enum TextBlockKind
{
    Paragraph = 0,
    ListItem,
    Quote,
    Html,
    Include,
    Other,
}
