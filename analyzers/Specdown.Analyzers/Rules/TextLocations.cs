using System;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Locations inside a located text: given the location where a text starts, the location of a span of that text.
/// Lines of the text are assumed to map one-to-one onto source lines (true for table cells, code and front matter).
/// </summary>
internal static class TextLocations
{
    /// <summary>The location of <paramref name="length"/> characters at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static LocationInfo Within(LocationInfo origin, string text, int index, int length)
    {
        index = Math.Max(0, Math.Min(index, text.Length));
        length = Math.Max(0, Math.Min(length, text.Length - index));
        var (startLine, startColumn) = Advance(origin, text, index);
        var (endLine, endColumn) = Advance(origin, text, index + length);
        return new LocationInfo(origin.FilePath, origin.Start + index, length, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The location of the first line of <paramref name="origin"/> only.</summary>
    public static LocationInfo FirstLine(LocationInfo origin) =>
        origin.EndLine == origin.StartLine
            ? origin
            : new LocationInfo(origin.FilePath, origin.Start, 0, origin.StartLine, origin.StartColumn, origin.StartLine, origin.StartColumn);

    private static (int Line, int Column) Advance(LocationInfo origin, string text, int index)
    {
        var line = origin.StartLine;
        var column = origin.StartColumn;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\r')
            {
                column++;
            }
        }

        return (line, column);
    }
}
