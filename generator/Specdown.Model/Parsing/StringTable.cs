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

    /// <summary>
    /// This thread's slots. A reader that cuts many strings takes them once and passes them to
    /// <see cref="Get(string[], string, int, int)"/>, which saves a thread-static look-up per string.
    /// </summary>
    public static string[] ThreadSlots => _slots ??= new string[Size];

    /// <summary>The text of <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public static string Get(string text, int start, int length) => Get(ThreadSlots, text, start, length);

    /// <summary>As <see cref="Get(string, int, int)"/>, with this thread's <paramref name="slots"/> (<see cref="ThreadSlots"/>).</summary>
    public static string Get(string[] slots, string text, int start, int length)
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

        return Lookup(slots, text.AsSpan(start, length));
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

    /// <summary>
    /// The slot of <paramref name="span"/>: from its length and its first, middle and last four characters (read as
    /// three 64-bit words, then mixed), or FNV-1a over the characters of a shorter piece. Pieces that differ only
    /// elsewhere share a slot and take turns in it: a cache miss, never a wrong string (the slot's string is compared).
    /// </summary>
    private static int Slot(ReadOnlySpan<char> span)
    {
        var length = span.Length;
        if (length < 4)
        {
            var fnv = 2166136261u;
            foreach (var c in span)
            {
                fnv = (fnv ^ c) * 16777619u;
            }

            return (int)(fnv & (Size - 1));
        }

        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(span);
        var first = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes);
        var middle = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes.Slice(((length >> 1) - 2) * 2));
        var last = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes.Slice(bytes.Length - 8));
        var hash = (first * 0x9E3779B97F4A7C15UL) ^ (middle * 0xC2B2AE3D27D4EB4FUL) ^ (last * 0x165667B19E3779F9UL) ^ (ulong)length;
        hash ^= hash >> 31;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 29;
        return (int)(hash & (Size - 1));
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

        return Lookup(_slots ??= new string[Size], span);
    }

    /// <summary>The cached string equal to <paramref name="span"/> (1 to <see cref="MaxLength"/> characters), or a new one put in its slot.</summary>
    private static string Lookup(string[] slots, ReadOnlySpan<char> span)
    {
        var index = Slot(span);
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
