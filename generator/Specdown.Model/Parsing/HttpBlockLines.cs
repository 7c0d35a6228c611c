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
    private readonly string _content;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly string?[] _lines;
    private readonly int[] _offsets;
    private readonly bool[] _blankPrefix;

    public HttpBlockLines(LineMap map, CodeBlock block)
    {
        _map = map;
        _firstLine = block.ContentLocation.StartLine;
        _content = block.Content ?? string.Empty;
        var length = _content.EndsWith("\n", StringComparison.Ordinal) ? _content.Length - 1 : _content.Length;
        var count = 1;
        for (var k = _content.IndexOf('\n', 0, length); k >= 0; k = _content.IndexOf('\n', k + 1, length - k - 1))
        {
            count++;
        }

        _starts = new int[count];
        _lengths = new int[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = i == count - 1 ? length : _content.IndexOf('\n', start, length - start);
            _starts[i] = start;
            _lengths[i] = end - start;
            start = end + 1;
        }

        _lines = new string?[count];
        _offsets = new int[count];
        _blankPrefix = new bool[count];
        for (var i = 0; i < _offsets.Length; i++)
        {
            _offsets[i] = Unknown;
        }
    }

    public int Count => _starts.Length;

    /// <summary>The text of content line <paramref name="i"/> (made once, on demand).</summary>
    public string Line(int i) => _lines[i] ??= StringTable.Get(_content, _starts[i], _lengths[i]);

    /// <summary>The characters of content line <paramref name="i"/>, without making a string.</summary>
    public ReadOnlySpan<char> LineSpan(int i) => _content.AsSpan(_starts[i], _lengths[i]);

    public int LineLength(int i) => _lengths[i];

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> joined by LF: one slice of the content.</summary>
    public string Text(int first, int last)
    {
        var start = _starts[first];
        var length = _starts[last] + _lengths[last] - start;
        return start == 0 && length == _content.Length ? _content : _content.Substring(start, length);
    }

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
    public int EndOffset(int i) => Offset(i) + _lengths[i];

    /// <summary>The 1-based page line of content line <paramref name="i"/>.</summary>
    public int PageLine(int i) => _firstLine + i;

    public bool IsBlank(int i) => FirstNonWhiteSpace(LineSpan(i)) < 0;

    /// <summary>The first character of line <paramref name="i"/> that is not white space, or '\0' for a blank line.</summary>
    public char FirstChar(int i)
    {
        var line = LineSpan(i);
        var index = FirstNonWhiteSpace(line);
        return index < 0 ? '\0' : line[index];
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
        var line = LineSpan(i);
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

    private static int FirstNonWhiteSpace(ReadOnlySpan<char> line)
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
    private bool StartsLine(int lineStart, ReadOnlySpan<char> line)
    {
        var text = _map.Text;
        var end = lineStart + line.Length;
        return end <= text.Length
            && (end == text.Length || text[end] == '\n' || text[end] == '\r')
            && text.AsSpan(lineStart, line.Length).SequenceEqual(line);
    }

    private int Locate(int i)
    {
        var pageLine = _firstLine + i;
        if (pageLine < 1 || pageLine > _map.LineCount)
        {
            return pageLine < 1 ? 0 : _map.Text.Length;
        }

        var lineStart = _map.LineStart(pageLine);
        var line = LineSpan(i);
        if (StartsLine(lineStart, line))
        {
            _blankPrefix[i] = true;
            return lineStart;
        }

        var pageText = _map.LineText(pageLine).AsSpan();
        if (line.Length == 0)
        {
            _blankPrefix[i] = FirstNonWhiteSpace(pageText) < 0;
            return lineStart;
        }

        var column = pageText.IndexOf(line);
        if (column < 0)
        {
            return lineStart;
        }

        _blankPrefix[i] = FirstNonWhiteSpace(pageText.Slice(0, column)) < 0;
        return lineStart + column;
    }
}
