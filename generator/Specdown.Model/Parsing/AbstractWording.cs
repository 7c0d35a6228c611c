using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// Whether a sentence says that the page's own type is abstract: "This is an abstract type", "an abstract base class",
/// "It is abstract", "This complex type is abstract". Not: "Inherits from the abstract base type [x]", "derived from
/// the [x] abstract type" (another type is abstract), "an abstract definition for a task", "an abstraction over".
/// </summary>
internal static class AbstractWording
{
    private const string Word = "abstract";

    private static readonly string[] TypeNouns = { "type", "class", "base", "entity", "resource", "resouce", "superclass" };

    public static bool SaysTypeIsAbstract(string text)
    {
        var index = 0;
        while ((index = text.IndexOf(Word, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = index + Word.Length;
            var wholeWord = (index == 0 || !char.IsLetter(text[index - 1])) && (end == text.Length || !char.IsLetter(text[end]));
            if (wholeWord && !SpeaksOfABaseType(text, index) && (NamesAType(text, end) || PreviousWordIs(text, index, "is")))
            {
                return true;
            }

            index = end;
        }

        return false;
    }

    /// <summary>"abstract type", "abstract base class", "abstract complex type", ...</summary>
    private static bool NamesAType(string text, int end)
    {
        var next = NextWord(text, end, out var after);
        if (string.Equals(next, "complex", StringComparison.OrdinalIgnoreCase))
        {
            next = NextWord(text, after, out _);
            return string.Equals(next, "type", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var noun in TypeNouns)
        {
            if (string.Equals(next, noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Inherits from the abstract …", "derived from the [x] abstract type" earlier in the same sentence.</summary>
    private static bool SpeaksOfABaseType(string text, int index)
    {
        var start = text.LastIndexOf(". ", index, StringComparison.Ordinal);
        var sentence = text.Substring(start < 0 ? 0 : start, index - (start < 0 ? 0 : start));
        return sentence.IndexOf("inherit", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf("derived from", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf("derives from", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static string NextWord(string text, int from, out int end)
    {
        var start = from;
        while (start < text.Length && (text[start] == ' ' || text[start] == '*' || text[start] == '_'))
        {
            start++;
        }

        end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static bool PreviousWordIs(string text, int index, string word)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end - start == word.Length && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
