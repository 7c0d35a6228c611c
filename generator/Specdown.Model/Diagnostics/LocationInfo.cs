using System;

namespace Specdown.Model.Diagnostics;

/// <summary>
/// Where an element of a page stands: the file, the character span, and 1-based line and column of its start and end.
/// A small value that can travel through a cached incremental pipeline (no Roslyn <c>Location</c>). A struct, stored
/// inline in the element it locates: a page has hundreds of thousands of located elements, and one object each made
/// up a third of the objects a parsed doc set keeps alive (docs/performance.md).
/// </summary>
/// <remarks>Equality: all members by value. <c>default</c> is not a location (null <see cref="FilePath"/>); the parser
/// never produces it, and optional locations are <c>LocationInfo?</c>.</remarks>
public readonly record struct LocationInfo(
    string FilePath,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>A location for a whole file when nothing better is known.</summary>
    public static LocationInfo FileStart(string path) => new(path, 0, 0, 1, 1, 1, 1);

    /// <summary>The <c>path(line,col)</c> form used by compilers and the CLI.</summary>
    public override string ToString() => $"{FilePath}({StartLine},{StartColumn})";

    /// <summary>The span from the start of this location to the end of <paramref name="other"/>.</summary>
    public LocationInfo Through(LocationInfo other) =>
        new(FilePath, Start, Math.Max(0, other.Start + other.Length - Start), StartLine, StartColumn, other.EndLine, other.EndColumn);
}
