using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// A small per-thread cache of short strings cut from page text, so that repeated pieces (JSON member names and
/// values, table cells like <c>String</c>, front-matter keys, HTTP header names) share one instance across pages
/// instead of a new substring each time. Direct-mapped by hash: a miss just replaces the slot. Values are equal to
/// <see cref="string.Substring(int, int)"/>, so the model and its equality do not change. Holds at most 8,192 strings
/// of up to 48 characters per thread (under 1 MB).
/// </summary>
internal static class StringTable
{
    /// <summary>Longer pieces are rarely repeated; they are cut as usual.</summary>
    public const int MaxLength = 48;

    private const int Size = 8192;

    [ThreadStatic]
    private static string[]? _slots;

    [ThreadStatic]
    private static char[]? _chars;

    /// <summary>The text of <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public static string Get(string text, int start, int length)
    {
        if (length <= 0)
        {
            return string.Empty;
        }

        if (length == text.Length)
        {
            return text;
        }

        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        return Get(text.AsSpan(start, length));
    }

    /// <summary>The text of <paramref name="length"/> characters of <paramref name="builder"/> at <paramref name="start"/>.</summary>
    public static string Get(System.Text.StringBuilder builder, int start, int length)
    {
        if (length > MaxLength)
        {
            return builder.ToString(start, length);
        }

        var chars = _chars ??= new char[MaxLength];
        builder.CopyTo(start, chars, 0, length);
        return Get(new ReadOnlySpan<char>(chars, 0, length));
    }

    /// <summary>The string of <paramref name="span"/>, shared with earlier equal pieces when cached.</summary>
    public static string Get(ReadOnlySpan<char> span)
    {
        if (span.Length == 0)
        {
            return string.Empty;
        }

        if (span.Length > MaxLength)
        {
            return span.ToString();
        }

        var hash = 2166136261u;
        foreach (var c in span)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var slots = _slots ??= new string[Size];
        var index = (int)(hash & (Size - 1));
        var cached = slots[index];
        if (cached != null && span.SequenceEqual(cached.AsSpan()))
        {
            return cached;
        }

        var created = span.ToString();
        slots[index] = created;
        return created;
    }
}
