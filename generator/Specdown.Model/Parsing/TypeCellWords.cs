using System;

namespace Specdown.Model.Parsing;

/// <summary>The word rules of Type cells: optional markers, collection spellings, type names, leading type + remark.</summary>
internal static class TypeCellWords
{
    private const string GraphPrefix = "microsoft.graph.";

    /// <summary>Removes <c>(Optional)</c>, a leading <c>Optional</c> or a trailing <c>, optional</c>.</summary>
    public static string RemoveOptional(string text, out bool optional)
    {
        optional = false;
        var index = text.IndexOf("(optional)", StringComparison.OrdinalIgnoreCase);
        if (index >= 0)
        {
            optional = true;
            return (text.Substring(0, index) + " " + text.Substring(index + 10)).Trim().Trim(',', '.').Trim();
        }

        if (text.StartsWith("optional ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("optional.", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("optional,", StringComparison.OrdinalIgnoreCase))
        {
            optional = true;
            return text.Substring(9).Trim();
        }

        foreach (var suffix in new[] { ", optional", " optional", "; optional", ". optional" })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                optional = true;
                return text.Substring(0, text.Length - suffix.Length).Trim();
            }
        }

        return text;
    }

    public static bool IsNone(string text) =>
        text.Length == 0 || text == "-" || text == "\u2014" || text == "\u2013"
        || text.Equals("none", StringComparison.OrdinalIgnoreCase) || text.Equals("n/a", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The element of a collection spelling (<c>X collection</c>, <c>Collection(X)</c>, <c>collection of X</c>,
    /// <c>array of X</c>, <c>X[]</c>), or the text itself when it is not one.
    /// </summary>
    public static string CollectionElement(string text, out bool isCollection)
    {
        isCollection = true;
        if (text.StartsWith("collection(", StringComparison.OrdinalIgnoreCase) && text.EndsWith(")", StringComparison.Ordinal))
        {
            return text.Substring(11, text.Length - 12).Trim();
        }

        if (text.StartsWith("collection (", StringComparison.OrdinalIgnoreCase) && text.EndsWith(")", StringComparison.Ordinal))
        {
            return text.Substring(12, text.Length - 13).Trim();
        }

        foreach (var suffix in new[] { " collection", " collections", " array", "[]" })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && text.Length > suffix.Length)
            {
                return text.Substring(0, text.Length - suffix.Length).Trim();
            }
        }

        foreach (var prefix in new[] { "collection of ", "array of ", "list of " })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length)
            {
                return Singular(text.Substring(prefix.Length).Trim());
            }
        }

        isCollection = false;
        return text;
    }

    /// <summary>Removes a trailing kind word: <c>X enum</c>, <c>X resource</c>, <c>X object</c>, <c>X type</c>.</summary>
    public static string RemoveKindWord(string text)
    {
        foreach (var suffix in new[] { " enumeration", " enum", " resource", " object", " entity", " complex type", " type" })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && text.Length > suffix.Length)
            {
                return text.Substring(0, text.Length - suffix.Length).Trim();
            }
        }

        return text;
    }

    /// <summary>
    /// The leading part of "type + remark" text: up to the first <c>,</c>, <c>;</c>, <c>:</c>, <c> (</c>, <c>. </c> or
    /// <c> - </c>; null when there is no such separator.
    /// </summary>
    public static string? LeadingPart(string text)
    {
        var cut = -1;
        for (var i = 1; i < text.Length && cut < 0; i++)
        {
            var c = text[i];
            if (c == ',' || c == ';' || c == ':')
            {
                cut = i;
            }
            else if (c == '(' && text[i - 1] == ' ')
            {
                cut = i - 1;
            }
            else if ((c == '.' || c == '-' || c == '\u2013' || c == '\u2014') && i + 1 < text.Length && text[i + 1] == ' '
                && (c == '.' || text[i - 1] == ' '))
            {
                cut = c == '.' ? i : i - 1;
            }
        }

        return cut > 0 ? text.Substring(0, cut).Trim() : null;
    }

    /// <summary>A type name as written: trimmed, without a leading <c>#</c> or trailing punctuation.</summary>
    public static string CleanName(string name) => name.Trim().TrimStart('#').TrimEnd('.', ',', ';', ':').Trim();

    /// <summary>The short name: <c>microsoft.graph.</c> removed, sub-namespaces kept (<c>callRecords.session</c>).</summary>
    public static string ShortName(string name) =>
        name.StartsWith(GraphPrefix, StringComparison.OrdinalIgnoreCase) && name.Length > GraphPrefix.Length
            ? name.Substring(GraphPrefix.Length)
            : name;

    /// <summary>An identifier, optionally dotted: letters, digits and <c>_</c>, starting with a letter or <c>_</c>.</summary>
    public static bool IsTypeName(string name)
    {
        if (name.Length == 0 || name.Length > 200)
        {
            return false;
        }

        var expectStart = true;
        foreach (var c in name)
        {
            if (c == '.')
            {
                if (expectStart)
                {
                    return false;
                }

                expectStart = true;
                continue;
            }

            var ok = expectStart ? char.IsLetter(c) || c == '_' : char.IsLetterOrDigit(c) || c == '_';
            if (!ok)
            {
                return false;
            }

            expectStart = false;
        }

        return !expectStart;
    }

    private static string Singular(string text)
    {
        if (text.Length > 1 && text.EndsWith("s", StringComparison.Ordinal))
        {
            var single = text.Substring(0, text.Length - 1);
            if (PrimitiveTypes.Normalize(single) is not null)
            {
                return single;
            }
        }

        return text;
    }
}
