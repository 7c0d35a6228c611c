using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// A fenced (or indented) code block: its info string (<c>http</c>, <c>json</c>, <c>msgraph-interactive</c>, empty),
/// its content with line endings normalised to LF, the annotation before it, the section it stands in, and whether the
/// fence was closed.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record CodeBlock(
    int Index,
    string Info,
    string Content,
    Annotation? Annotation,
    SectionKind Section,
    string SectionHeading,
    bool IsClosed,
    LocationInfo Location,
    LocationInfo ContentLocation);
