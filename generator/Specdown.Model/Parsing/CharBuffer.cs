using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// A growable character buffer for <see cref="SimpleInlineReader"/>: appends, and removing one character, without the
/// chunk walks a <see cref="System.Text.StringBuilder"/> makes for indexing and removal. One per thread, reused.
/// </summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[256];

    [ThreadStatic]
    private static CharBuffer? _shared;

    public int Length { get; private set; }

    /// <summary>The thread's buffer, emptied; a buffer grown past 64K characters is not kept.</summary>
    public static CharBuffer Shared()
    {
        var buffer = _shared;
        if (buffer == null || buffer._chars.Length > 1 << 16)
        {
            _shared = buffer = new CharBuffer();
        }

        buffer.Length = 0;
        return buffer;
    }

    public ReadOnlySpan<char> Span(int start) => new(_chars, start, Length - start);

    public char[] Chars => _chars;

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = c;
    }

    public void Append(string text, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (Length + count > _chars.Length)
        {
            Grow(count);
        }

        text.CopyTo(start, _chars, Length, count);
        Length += count;
    }

    /// <summary>Removes the character at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        Array.Copy(_chars, index + 1, _chars, index, Length - index - 1);
        Length--;
    }

    private void Grow(int count) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
}
