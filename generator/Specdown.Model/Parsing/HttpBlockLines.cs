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
    /// <summary>Ints per line in <see cref="_data"/>: content start, length, and the located page offset.</summary>
    private const int Stride = 3;

    /// <summary>The page offset of a line not located yet.</summary>
    private const int Unknown = -1;

    private readonly LineMap _map;
    private readonly int _firstLine;
    private readonly string _content;
    private readonly int _count;

    /// <summary>
    /// Per line: start and length in the content, then the page offset shifted left by one with the lowest bit set
    /// when only white space precedes the line in the page (<see cref="Unknown"/> until located).
    /// </summary>
    private readonly int[] _data;

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

        _count = count;
        _data = new int[count * Stride];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = i == count - 1 ? length : _content.IndexOf('\n', start, length - start);
            _data[i * Stride] = start;
            _data[(i * Stride) + 1] = end - start;
            _data[(i * Stride) + 2] = Unknown;
            start = end + 1;
        }
    }

    public int Count => _count;

    /// <summary>The characters of content line <paramref name="i"/>, without making a string.</summary>
    public ReadOnlySpan<char> LineSpan(int i) => _content.AsSpan(_data[i * Stride], _data[(i * Stride) + 1]);

    public int LineLength(int i) => _data[(i * Stride) + 1];

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> joined by LF: one slice of the content.</summary>
    public string Text(int first, int last)
    {
        var start = _data[first * Stride];
        var length = _data[last * Stride] + _data[(last * Stride) + 1] - start;
        return start == 0 && length == _content.Length ? _content : _content.Substring(start, length);
    }

    /// <summary>The absolute page offset of the first character of line <paramref name="i"/>.</summary>
    public int Offset(int i) => Located(Math.Max(0, Math.Min(i, _count - 1))) >> 1;

    /// <summary>The absolute page offset just after the last character of line <paramref name="i"/>.</summary>
    public int EndOffset(int i) => Offset(i) + LineLength(i);

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
            if ((Located(i) & 1) == 0)
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

    /// <summary>The located page offset of line <paramref name="i"/>, shifted left by one, with the blank-prefix bit.</summary>
    private int Located(int i)
    {
        var slot = (i * Stride) + 2;
        if (_data[slot] == Unknown)
        {
            var offset = Locate(i, out var blankPrefix);
            _data[slot] = (offset << 1) | (blankPrefix ? 1 : 0);
        }

        return _data[slot];
    }

    private int Locate(int i, out bool blankPrefix)
    {
        blankPrefix = false;
        var pageLine = _firstLine + i;
        if (pageLine < 1 || pageLine > _map.LineCount)
        {
            return pageLine < 1 ? 0 : _map.Text.Length;
        }

        var lineStart = _map.LineStart(pageLine);
        var line = LineSpan(i);
        if (StartsLine(lineStart, line))
        {
            blankPrefix = true;
            return lineStart;
        }

        var pageText = _map.LineSpan(pageLine);
        if (line.Length == 0)
        {
            blankPrefix = FirstNonWhiteSpace(pageText) < 0;
            return lineStart;
        }

        var column = pageText.IndexOf(line);
        if (column < 0)
        {
            return lineStart;
        }

        blankPrefix = FirstNonWhiteSpace(pageText.Slice(0, column)) < 0;
        return lineStart + column;
    }
}
