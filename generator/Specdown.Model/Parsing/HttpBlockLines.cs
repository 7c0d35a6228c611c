using System;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// The lines of a code block's (LF-normalised) content, each mapped back to its absolute offset in the page: content
/// line <c>i</c> is page line <c>ContentLocation.StartLine + i</c>, and its column is found by locating the text in the
/// page line (fences may be indented or quoted).
/// </summary>
internal sealed class HttpBlockLines
{
    private readonly LineMap _map;
    private readonly int _firstLine;
    private readonly int[] _offsets;

    public HttpBlockLines(LineMap map, CodeBlock block)
    {
        _map = map;
        _firstLine = block.ContentLocation.StartLine;
        var content = block.Content ?? string.Empty;
        if (content.EndsWith("\n", StringComparison.Ordinal))
        {
            content = content.Substring(0, content.Length - 1);
        }

        Lines = content.Split('\n');
        _offsets = new int[Lines.Length];
        AllPrefixesBlank = true;
        for (var i = 0; i < Lines.Length; i++)
        {
            _offsets[i] = Locate(i);
        }
    }

    public string[] Lines { get; }

    public int Count => Lines.Length;

    /// <summary>Whether every line was found in the page with only whitespace before it (then page slices read as the content).</summary>
    public bool AllPrefixesBlank { get; private set; }

    /// <summary>Whether every line was found in its page line.</summary>
    public bool AllLocated { get; private set; } = true;

    /// <summary>The absolute page offset of the first character of line <paramref name="i"/>.</summary>
    public int Offset(int i) => _offsets[Math.Max(0, Math.Min(i, _offsets.Length - 1))];

    /// <summary>The absolute page offset just after the last character of line <paramref name="i"/>.</summary>
    public int EndOffset(int i) => Offset(i) + Lines[i].Length;

    /// <summary>The 1-based page line of content line <paramref name="i"/>.</summary>
    public int PageLine(int i) => _firstLine + i;

    public bool IsBlank(int i) => Lines[i].Trim().Length == 0;

    /// <summary>The location of line <paramref name="i"/> without its leading and trailing whitespace.</summary>
    public LocationInfo TrimmedLocation(int i)
    {
        var line = Lines[i];
        var lead = 0;
        while (lead < line.Length && char.IsWhiteSpace(line[lead]))
        {
            lead++;
        }

        var length = line.Trim().Length;
        return _map.GetLocation(Offset(i) + lead, length);
    }

    /// <summary>The location from the start of line <paramref name="first"/> to the end of line <paramref name="last"/>.</summary>
    public LocationInfo Span(int first, int last) => _map.GetLocation(Offset(first), Math.Max(0, EndOffset(last) - Offset(first)));

    /// <summary>Whether the page line starting at <paramref name="lineStart"/> is exactly <paramref name="line"/>.</summary>
    private bool StartsLine(int lineStart, string line)
    {
        var text = _map.Text;
        var end = lineStart + line.Length;
        return end <= text.Length
            && (end == text.Length || text[end] == '\n' || text[end] == '\r')
            && string.CompareOrdinal(text, lineStart, line, 0, line.Length) == 0;
    }

    private int Locate(int i)
    {
        var pageLine = _firstLine + i;
        if (pageLine > _map.LineCount)
        {
            AllPrefixesBlank = false;
            AllLocated = false;
            return _map.Text.Length;
        }

        var lineStart = _map.LineStart(pageLine);
        var line = Lines[i];
        if (StartsLine(lineStart, line))
        {
            return lineStart;
        }

        var pageText = _map.LineText(pageLine);
        if (line.Length == 0)
        {
            AllPrefixesBlank &= pageText.Trim().Length == 0;
            return lineStart;
        }

        var column = pageText.IndexOf(line, StringComparison.Ordinal);
        if (column < 0)
        {
            AllPrefixesBlank = false;
            AllLocated = false;
            return lineStart;
        }

        for (var k = 0; k < column; k++)
        {
            if (!char.IsWhiteSpace(pageText[k]))
            {
                AllPrefixesBlank = false;
                break;
            }
        }

        return lineStart + column;
    }
}
