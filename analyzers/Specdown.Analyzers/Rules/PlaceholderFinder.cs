using System;
using System.Collections.Generic;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Finds unresolved placeholder text: <c>TODO</c> (as a word, upper case) and <c>TBD</c>, with the <c>**…**</c> that
/// usually wraps it. A span runs from the opening <c>**</c> (or the word) to the closing <c>**</c> or the end of the line.
/// </summary>
internal static class PlaceholderFinder
{
    /// <summary>The (index, length) of each placeholder in <paramref name="text"/>, in order.</summary>
    public static List<(int Index, int Length)>? Find(string text)
    {
        List<(int, int)>? found = null;
        var i = NextCandidate(text, 0);
        while (i >= 0)
        {
            var length = MatchWord(text, i);
            if (length == 0)
            {
                i = NextCandidate(text, i + 1);
                continue;
            }

            var span = Expand(text, i, length);
            (found ??= new List<(int, int)>()).Add(span);
            i = NextCandidate(text, Math.Max(i + 1, span.Item1 + span.Item2));
        }

        return found;
    }

    /// <summary>
    /// The next index of "TODO" or "TBD", or -1: both start with 'T', so one vectorised search for 'T' finds every
    /// candidate (two substring searches per text cost more on the many short table cells).
    /// </summary>
    private static int NextCandidate(string text, int from)
    {
        var i = from < text.Length ? text.IndexOf('T', from) : -1;
        while (i >= 0)
        {
            if (Matches(text, i, "TODO") || Matches(text, i, "TBD"))
            {
                return i;
            }

            i = i + 1 < text.Length ? text.IndexOf('T', i + 1) : -1;
        }

        return -1;
    }

    private static int MatchWord(string text, int i)
    {
        if (i > 0 && IsWordChar(text[i - 1]))
        {
            return 0;
        }

        var length = Matches(text, i, "TODO") ? 4 : Matches(text, i, "TBD") ? 3 : 0;
        if (length == 0 || (i + length < text.Length && IsWordChar(text[i + length])))
        {
            return 0;
        }

        return length;
    }

    private static (int, int) Expand(string text, int index, int length)
    {
        var start = index;
        var bold = start >= 2 && text[start - 1] == '*' && text[start - 2] == '*';
        if (bold)
        {
            start -= 2;
        }

        var end = index + length;
        var lineEnd = text.IndexOf('\n', end);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        if (bold)
        {
            var close = text.IndexOf("**", end, lineEnd - end, StringComparison.Ordinal);
            end = close >= 0 ? close + 2 : lineEnd;
        }
        else if (end < lineEnd && text[end] == ':')
        {
            end = lineEnd;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    private static bool Matches(string text, int i, string word)
    {
        if (i + word.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (text[i + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
