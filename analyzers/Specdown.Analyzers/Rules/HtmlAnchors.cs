using System;
using System.Collections.Generic;

namespace Specdown.Analyzers.Rules;

/// <summary>Collects the values of <c>name="…"</c> and <c>id="…"</c> attributes in HTML text (explicit link anchors).</summary>
internal static class HtmlAnchors
{
    public static void Collect(string html, HashSet<string> anchors)
    {
        Collect(html, "name=", anchors);
        Collect(html, "id=", anchors);
    }

    /// <summary>
    /// Whether <paramref name="text"/> contains <c>&lt;a</c> (ignoring case): <c>IndexOf("&lt;a", OrdinalIgnoreCase)</c>
    /// without its per-character cost (no other character folds to '&lt;').
    /// </summary>
    public static bool MayHaveAnchorTag(string text)
    {
        var index = text.IndexOf('<');
        while (index >= 0 && index + 1 < text.Length)
        {
            if (string.Compare(text, index + 1, "a", 0, 1, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }

            index = text.IndexOf('<', index + 1);
        }

        return false;
    }

    private static void Collect(string html, string attribute, HashSet<string> anchors)
    {
        var index = IndexOfAttribute(html, attribute, 0);
        while (index >= 0)
        {
            var start = index + attribute.Length;
            if (start < html.Length && (html[start] == '"' || html[start] == '\''))
            {
                var quote = html[start];
                var end = html.IndexOf(quote, start + 1);
                if (end > start)
                {
                    anchors.Add(html.Substring(start + 1, end - start - 1));
                }
            }

            index = IndexOfAttribute(html, attribute, start);
        }
    }

    /// <summary>
    /// <c>html.IndexOf(attribute, from, OrdinalIgnoreCase)</c> for an attribute ending with '=' (which only '=' folds to):
    /// every match ends at an '=', so only the windows before each '=' are compared.
    /// </summary>
    private static int IndexOfAttribute(string html, string attribute, int from)
    {
        var last = attribute.Length - 1;
        var equals = from + last < html.Length ? html.IndexOf('=', from + last) : -1;
        while (equals >= 0)
        {
            var start = equals - last;
            if (string.Compare(html, start, attribute, 0, last, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return start;
            }

            equals = equals + 1 < html.Length ? html.IndexOf('=', equals + 1) : -1;
        }

        return -1;
    }
}
