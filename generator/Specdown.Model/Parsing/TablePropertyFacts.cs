using System;
using Specdown.Model.Collections;

namespace Specdown.Model.Parsing;

/// <summary>The facts a property row states in words: read-only, required, optional, nullable, key, inherited, deprecated.</summary>
internal static class TablePropertyFacts
{
    /// <summary>The property name without a "(deprecated)" suffix, and whether it had one.</summary>
    public static (string Name, bool Deprecated) Name(string text)
    {
        var name = text.Trim();
        var index = name.IndexOf("(deprecated)", StringComparison.OrdinalIgnoreCase);
        if (index > 0)
        {
            return (name.Substring(0, index).Trim(), true);
        }

        return (name, false);
    }

    public static bool SaysReadOnly(string description) =>
        Contains(description, "read-only") || Contains(description, "readonly") || Contains(description, "read only");

    public static bool SaysOptional(string description) => Contains(description, "optional");

    public static bool SaysDeprecated(string description) => description.StartsWith("deprecated", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Required", "Required when creating"; not "Not required", nor a condition ("Required if **type** is x"), nor
    /// something else being required ("required for filter expressions", "keys that are required for …").
    /// </summary>
    public static bool SaysRequired(string description) => HasUnnegatedWord(description, "required", skipConditions: true);

    public static bool SaysNullable(string description) => HasUnnegatedWord(description, "nullable");

    public static bool IsYes(string text)
    {
        var value = text.AsSpan().Trim().TrimEnd('.');
        return value.Equals("yes".AsSpan(), StringComparison.OrdinalIgnoreCase) || value.Equals("true".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
            value.Equals("required".AsSpan(), StringComparison.OrdinalIgnoreCase) || value.Equals("y".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] KeyClauses = { "key", "read-only key", "primary key", "the key", "is the key" };

    /// <summary>Whether a sentence or clause of the description is just "Key" (also "Read-only key", "Primary key").</summary>
    public static bool SaysKey(string description)
    {
        if (description.IndexOf("key", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i <= description.Length; i++)
        {
            if (i < description.Length && description[i] != '.' && description[i] != ',' && description[i] != ';')
            {
                continue;
            }

            var from = start;
            var to = i;
            while (from < to && char.IsWhiteSpace(description[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(description[to - 1]))
            {
                to--;
            }

            foreach (var clause in KeyClauses)
            {
                if (to - from == clause.Length && string.Compare(description, from, clause, 0, clause.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            start = i + 1;
        }

        return false;
    }

    /// <summary>The type named after "Inherited from" (the link text when there is a link there).</summary>
    public static string? InheritedFrom(string description, EquatableArray<LinkRef> links)
    {
        var index = description.IndexOf("inherited from", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var rest = description.AsSpan(index + "inherited from".Length).Trim();
        foreach (var link in links)
        {
            if (link.Text.Length > 0 && rest.StartsWith(link.Text.AsSpan(), StringComparison.Ordinal))
            {
                return link.Text;
            }
        }

        var end = 0;
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] == '.' || rest[end] == '_'))
        {
            end++;
        }

        var name = rest.Slice(0, end).TrimEnd('.');
        return name.Length == 0 ? null : StringTable.Get(name);
    }

    private static bool Contains(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool HasUnnegatedWord(string text, string word, bool skipConditions = false)
    {
        var index = 0;
        while ((index = text.IndexOf(word, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            if (index == 0 || !char.IsLetter(text[index - 1]) && text[index - 1] != '-')
            {
                if (!EndsWithNegation(text, index)
                    && !(skipConditions && (StartsCondition(text, index + word.Length) || EndsRelativeClause(text, index))))
                {
                    return true;
                }
            }

            index += word.Length;
        }

        return false;
    }

    /// <summary>
    /// Whether the text from <paramref name="index"/> goes on with "if", "unless", "only if/when" (a condition) or "for"
    /// ("required for filter expressions", "required for device password": a purpose, not this property's requirement).
    /// </summary>
    private static bool StartsCondition(string text, int index)
    {
        var next = NextWord(text, ref index);
        if (next == "only")
        {
            next = NextWord(text, ref index);
            return next is "if" or "when";
        }

        return next is "if" or "unless" or "for";
    }

    /// <summary>"… that is required", "… which are required": the requirement is another noun's.</summary>
    private static bool EndsRelativeClause(string text, int index)
    {
        var verb = PreviousWord(text, ref index);
        return verb is "is" or "are" && PreviousWord(text, ref index) is "that" or "which";
    }

    private static string PreviousWord(string text, ref int index)
    {
        while (index > 0 && text[index - 1] == ' ')
        {
            index--;
        }

        var end = index;
        while (index > 0 && char.IsLetter(text[index - 1]))
        {
            index--;
        }

        return text.Substring(index, end - index).ToLowerInvariant();
    }

    private static string NextWord(string text, ref int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        var start = index;
        while (index < text.Length && char.IsLetter(text[index]))
        {
            index++;
        }

        return text.Substring(start, index - start).ToLowerInvariant();
    }

    /// <summary>Whether the text before <paramref name="index"/> ends with "not" or "non" (blanks and '-' between).</summary>
    private static bool EndsWithNegation(string text, int index)
    {
        var end = index;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '-'))
        {
            end--;
        }

        if (end < 3)
        {
            return false;
        }

        var isWordStart = end == 3 || !char.IsLetter(text[end - 4]);
        return isWordStart && (string.Compare(text, end - 3, "not", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 ||
            string.Compare(text, end - 3, "non", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);
    }
}
