using System.Text;

namespace Specdown.Model.Parsing;

/// <summary>
/// The emphasis delimiter runs (<c>*</c>, <c>_</c>) of a block read by <see cref="SimpleInlineReader"/>, classified by
/// CommonMark's flanking rules. Only the cases whose outcome is certain are accepted: a run that can neither open nor
/// close is text (e.g. <c>snake_case</c>, <c>a * b</c>); a run that can only open is matched by the next run that can
/// only close, with the same character and length, at the same link level (nesting allowed, last opened first
/// closed); matched runs are removed. A run that could both open and close, a closer without its opener, an opener
/// never closed, runs longer than three or next to a non-ASCII character make the block Markdig's to parse.
/// </summary>
internal struct EmphasisRuns
{
    private const int MaxOpen = 8;

    private ulong _open;
    private int _count;

    public readonly bool IsEmpty => _count == 0;

    /// <summary>Whether the innermost open run was opened inside the current link text.</summary>
    public readonly bool IsOpenInLink => _count > 0 && ((_open >> ((_count - 1) * 8)) & 0x80) != 0;

    /// <summary>
    /// Reads the run starting at <paramref name="start"/> within the line [<paramref name="lineStart"/>,
    /// <paramref name="lineEnd"/>]; writes it to <paramref name="builder"/> when it is text. Returns the offset of the
    /// run's last character, or -1 when the block is not certain to read the same as Markdig's emphasis.
    /// </summary>
    public int Read(string text, int start, int lineStart, int lineEnd, bool inLink, StringBuilder? builder)
    {
        var c = text[start];
        var end = start;
        while (end < lineEnd && text[end + 1] == c)
        {
            end++;
        }

        var length = end - start + 1;
        var before = start > lineStart ? text[start - 1] : '\n';
        var after = end < lineEnd ? text[end + 1] : '\n';
        if (before > '\u007f' || after > '\u007f' || length > 3)
        {
            return -1;
        }

        var left = !IsSpace(after) && (!IsPunctuation(after) || IsSpace(before) || IsPunctuation(before));
        var right = !IsSpace(before) && (!IsPunctuation(before) || IsSpace(after) || IsPunctuation(after));
        var canOpen = c == '*' ? left : left && (!right || IsPunctuation(before));
        var canClose = c == '*' ? right : right && (!left || IsPunctuation(after));
        if (canOpen && canClose)
        {
            return -1;
        }

        if (!canOpen && !canClose)
        {
            builder?.Append(text, start, length);
            return end;
        }

        var key = (ulong)((c == '*' ? 0x10 : 0x20) | length | (inLink ? 0x80 : 0));
        if (canOpen)
        {
            if (_count == MaxOpen)
            {
                return -1;
            }

            _open |= key << (_count * 8);
            _count++;
            return end;
        }

        if (_count == 0 || ((_open >> ((_count - 1) * 8)) & 0xff) != key)
        {
            return -1;
        }

        _count--;
        _open &= ~(0xffUL << (_count * 8));
        return end;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>ASCII punctuation as CommonMark defines it.</summary>
    private static bool IsPunctuation(char c) =>
        c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
