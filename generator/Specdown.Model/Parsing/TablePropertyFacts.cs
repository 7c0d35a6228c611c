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

    public static bool SaysRequired(string description) => HasUnnegatedWord(description, "required");

    public static bool SaysNullable(string description) => HasUnnegatedWord(description, "nullable");

    public static bool IsYes(string text)
    {
        var value = text.Trim().TrimEnd('.');
        return value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase) ||
            value.Equals("required", StringComparison.OrdinalIgnoreCase) || value.Equals("y", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a sentence or clause of the description is just "Key" (also "Read-only key", "Primary key").</summary>
    public static bool SaysKey(string description)
    {
        var start = 0;
        for (var i = 0; i <= description.Length; i++)
        {
            if (i < description.Length && description[i] != '.' && description[i] != ',' && description[i] != ';')
            {
                continue;
            }

            var piece = description.Substring(start, i - start).Trim();
            if (piece.Equals("key", StringComparison.OrdinalIgnoreCase) || piece.Equals("read-only key", StringComparison.OrdinalIgnoreCase) ||
                piece.Equals("primary key", StringComparison.OrdinalIgnoreCase) || piece.Equals("the key", StringComparison.OrdinalIgnoreCase) ||
                piece.Equals("is the key", StringComparison.OrdinalIgnoreCase))
            {
                return true;
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

        var rest = description.Substring(index + "inherited from".Length).Trim();
        foreach (var link in links)
        {
            if (link.Text.Length > 0 && rest.StartsWith(link.Text, StringComparison.Ordinal))
            {
                return link.Text;
            }
        }

        var end = 0;
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] == '.' || rest[end] == '_'))
        {
            end++;
        }

        var name = rest.Substring(0, end).TrimEnd('.');
        return name.Length == 0 ? null : name;
    }

    private static bool Contains(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool HasUnnegatedWord(string text, string word)
    {
        var index = 0;
        while ((index = text.IndexOf(word, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = text.Substring(0, index).TrimEnd();
            var negated = before.EndsWith("not", StringComparison.OrdinalIgnoreCase) || before.EndsWith("non-", StringComparison.OrdinalIgnoreCase) ||
                before.EndsWith("non", StringComparison.OrdinalIgnoreCase) || text.Substring(0, index).EndsWith("non-", StringComparison.OrdinalIgnoreCase);
            var wordStart = index == 0 || !char.IsLetter(text[index - 1]) || text[index - 1] == '-';
            if (!negated && wordStart && (index == 0 || text[index - 1] != '-'))
            {
                return true;
            }

            index += word.Length;
        }

        return false;
    }
}
