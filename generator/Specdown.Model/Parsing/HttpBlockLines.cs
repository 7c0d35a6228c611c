using System;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// The lines of a code block's (LF-normalised) content, each mapped back to its absolute offset in the page: content
/// line <c>i</c> is page line <c>ContentLocation.StartLine + i</c>, and its column is found by locating the text in the
/// page line (fences may be indented or quoted). Lines are located on demand, once.
/// </summary>
internal sealed class HttpBlockLines
{
    private const int Unknown = int.MinValue;

    private readonly LineMap _map;
    private readonly int _firstLine;
    private readonly int[] _offsets;
    private readonly bool[] _blankPrefix;

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
        _blankPrefix = new bool[Lines.Length];
        for (var i = 0; i < _offsets.Length; i++)
        {
            _offsets[i] = Unknown;
        }
    }

    public string[] Lines { get; }

    public int Count => Lines.Length;

    /// <summary>The absolute page offset of the first character of line <paramref name="i"/>.</summary>
    public int Offset(int i)
    {
        i = Math.Max(0, Math.Min(i, _offsets.Length - 1));
        if (_offsets[i] == Unknown)
        {
            _offsets[i] = Locate(i);
        }

        return _offsets[i];
    }

    /// <summary>The absolute page offset just after the last character of line <paramref name="i"/>.</summary>
    public int EndOffset(int i) => Offset(i) + Lines[i].Length;

    /// <summary>The 1-based page line of content line <paramref name="i"/>.</summary>
    public int PageLine(int i) => _firstLine + i;

    public bool IsBlank(int i) => FirstNonWhiteSpace(Lines[i]) < 0;

    /// <summary>The first character of line <paramref name="i"/> that is not white space, or '\0' for a blank line.</summary>
    public char FirstChar(int i)
    {
        var index = FirstNonWhiteSpace(Lines[i]);
        return index < 0 ? '\0' : Lines[i][index];
    }

    /// <summary>
    /// Whether lines <paramref name="first"/> to <paramref name="last"/> were all found in the page with only white space
    /// before them, so that the page slice reads exactly as the content.
    /// </summary>
    public bool PrefixesBlank(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            Offset(i);
            if (!_blankPrefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The location of line <paramref name="i"/> without its leading and trailing whitespace.</summary>
    public LocationInfo TrimmedLocation(int i)
    {
        var line = Lines[i];
        var lead = Math.Max(0, FirstNonWhiteSpace(line));
        var end = line.Length;
        while (end > lead && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        return _map.GetLocation(Offset(i) + lead, end - lead);
    }

    /// <summary>The location from the start of line <paramref name="first"/> to the end of line <paramref name="last"/>.</summary>
    public LocationInfo Span(int first, int last) => _map.GetLocation(Offset(first), Math.Max(0, EndOffset(last) - Offset(first)));

    private static int FirstNonWhiteSpace(string line)
    {
        for (var k = 0; k < line.Length; k++)
        {
            if (!char.IsWhiteSpace(line[k]))
            {
                return k;
            }
        }

        return -1;
    }

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
        if (pageLine < 1 || pageLine > _map.LineCount)
        {
            return pageLine < 1 ? 0 : _map.Text.Length;
        }

        var lineStart = _map.LineStart(pageLine);
        var line = Lines[i];
        if (StartsLine(lineStart, line))
        {
            _blankPrefix[i] = true;
            return lineStart;
        }

        var pageText = _map.LineText(pageLine);
        if (line.Length == 0)
        {
            _blankPrefix[i] = FirstNonWhiteSpace(pageText) < 0;
            return lineStart;
        }

        var column = pageText.IndexOf(line, StringComparison.Ordinal);
        if (column < 0)
        {
            return lineStart;
        }

        _blankPrefix[i] = FirstNonWhiteSpace(pageText.Substring(0, column)) < 0;
        return lineStart + column;
    }
}
