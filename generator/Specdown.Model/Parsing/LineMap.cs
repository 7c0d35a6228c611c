using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Maps character offsets of one page's text to 1-based line and column, so every part of the parser can build a
/// <see cref="LocationInfo"/>. Lines end at LF, CRLF or a lone CR; columns count UTF-16 code units from 1.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>
    /// The map of a page Markdig has just parsed, from the line starts Markdig recorded while reading it
    /// (<c>MarkdownDocument.LineStartIndexes</c>, kept when the pipeline asks for precise source locations; Markdig
    /// breaks lines at LF, CRLF and a lone CR as this map does), so the text is not scanned twice. Markdig does not
    /// count the empty line after a final line break, nor a line in an empty text: it is added here.
    /// </summary>
    internal LineMap(string path, string text, System.Collections.Generic.List<int>? markdigLineStarts)
    {
        Path = path;
        Text = text;
        if (markdigLineStarts == null)
        {
            _lineStarts = ComputeLineStarts(text);
            return;
        }

        var count = markdigLineStarts.Count;
        var endsWithBreak = text.Length == 0 || text[text.Length - 1] == '\n' || text[text.Length - 1] == '\r';
        var starts = new int[count + (endsWithBreak ? 1 : 0)];
        markdigLineStarts.CopyTo(starts);
        if (endsWithBreak)
        {
            starts[count] = text.Length;
        }

        _lineStarts = starts;
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based offset at which 1-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

    /// <summary>The text of 1-based <paramref name="line"/>, without its line break.</summary>
    public string LineText(int line)
    {
        var start = LineStart(line);
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.Substring(start, end - start);
    }

    /// <summary>The characters of 1-based <paramref name="line"/>, without its line break and without making a string.</summary>
    public ReadOnlySpan<char> LineSpan(int line)
    {
        if (line < 1)
        {
            return ReadOnlySpan<char>.Empty;
        }

        var start = LineStart(line);
        var end = line >= 1 && line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.AsSpan(start, end - start);
    }

    /// <summary>The 1-based line and column of an offset (clamped into the text).</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var index = NearLineIndexOf(offset);
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The location of <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public LocationInfo GetLocation(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        length = Math.Max(0, Math.Min(length, Text.Length - start));
        var startIndex = NearLineIndexOf(start);
        var end = start + length;
        var endIndex = startIndex;
        while (endIndex + 1 < _lineStarts.Length && _lineStarts[endIndex + 1] <= end)
        {
            endIndex++;
            if (endIndex - startIndex > 8)
            {
                endIndex = LineIndexOf(end, endIndex);
                break;
            }
        }

        return new LocationInfo(Path, start, length, startIndex + 1, start - _lineStarts[startIndex] + 1, endIndex + 1, end - _lineStarts[endIndex] + 1);
    }

    /// <summary>
    /// The line index of the last lookup: the parser asks for locations in document order, so the next offset is
    /// mostly on the same line or a few lines further. Only a hint (checked before use), so concurrent readers of one
    /// map at worst miss it.
    /// </summary>
    private int _hint;

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>, trying the lines at the hint first.</summary>
    private int NearLineIndexOf(int offset)
    {
        var starts = _lineStarts;
        var index = _hint;
        if ((uint)index < (uint)starts.Length && starts[index] <= offset)
        {
            for (var step = 0; step < 4; step++, index++)
            {
                if (index + 1 == starts.Length || starts[index + 1] > offset)
                {
                    _hint = index;
                    return index;
                }
            }

            index = LineIndexOf(offset, index);
        }
        else
        {
            index = LineIndexOf(offset, 0);
        }

        _hint = index;
        return index;
    }

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>, searching from line index <paramref name="low"/>.</summary>
    private int LineIndexOf(int offset, int low)
    {
        var starts = _lineStarts;
        var high = starts.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) >> 1);
            if (starts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The location of a whole 1-based line, line break excluded.</summary>
    public LocationInfo GetLineLocation(int line)
    {
        var start = LineStart(line);
        var end = line >= 1 && line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return GetLocation(start, end - start);
    }

    private static int[] ComputeLineStarts(string text)
    {
        // One pass into a per-thread scratch array, then one exact copy.
        var scratch = _scratch ??= new int[1024];
        var count = 1;
        for (var position = NextLineStart(text, 0); position >= 0; position = NextLineStart(text, position))
        {
            if (count == scratch.Length)
            {
                System.Array.Resize(ref scratch, scratch.Length * 2);
                if (scratch.Length <= MaxScratchLines)
                {
                    _scratch = scratch;
                }
            }

            scratch[count++] = position;
        }

        var starts = new int[count];
        System.Array.Copy(scratch, 1, starts, 1, count - 1);
        return starts;
    }

    private const int MaxScratchLines = 1 << 16;

    [System.ThreadStatic]
    private static int[]? _scratch;

    /// <summary>The start of the line after the one holding <paramref name="position"/>, or -1 at the last line.</summary>
    private static int NextLineStart(string text, int position)
    {
        var found = text.AsSpan(position).IndexOfAny('\r', '\n');
        if (found < 0)
        {
            return -1;
        }

        var i = position + found;
        if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            i++;
        }

        return i + 1;
    }
}
