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

    private static void Collect(string html, string attribute, HashSet<string> anchors)
    {
        var index = html.IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
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

            index = html.IndexOf(attribute, start, StringComparison.OrdinalIgnoreCase);
        }
    }
}
