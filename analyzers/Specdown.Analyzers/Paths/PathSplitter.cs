using System;
using System.Collections.Generic;
using System.Text;

namespace Specdown.Analyzers.Paths;

/// <summary>
/// Splits a request path or path template into normalised segments: scheme, host and API version (<c>v1.0</c>,
/// <c>beta</c>) removed, query and fragment dropped, <c>%xx</c> decoded, <c>/</c> inside quotes, parentheses and braces
/// kept, and a drive path (<c>root:/folder/file.txt:</c>) folded into one segment <c>root:</c>.
/// </summary>
internal static class PathSplitter
{
    public static List<string> Split(string path)
    {
        var text = Decode(StripQuery(StripHost(path.Trim())));
        var raw = SplitRaw(text);
        if (raw.Count > 0 && (Eq(raw[0], "v1.0") || Eq(raw[0], "beta")))
        {
            raw.RemoveAt(0);
        }

        return FoldDrivePaths(raw);
    }

    private static string StripHost(string path)
    {
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme < 8)
        {
            var slash = path.IndexOf('/', scheme + 3);
            return slash < 0 ? "/" : path.Substring(slash);
        }

        return path.StartsWith("~/", StringComparison.Ordinal) ? path.Substring(1) : path;
    }

    private static string StripQuery(string path)
    {
        var depth = 0;
        var quote = false;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '\'')
            {
                quote = !quote;
            }
            else if (!quote && (c == '(' || c == '{'))
            {
                depth++;
            }
            else if (!quote && (c == ')' || c == '}'))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!quote && depth == 0 && (c == '?' || c == '#' || c == ' ' || c == '\t'))
            {
                return path.Substring(0, i);
            }
        }

        return path;
    }

    private static string Decode(string path)
    {
        if (path.IndexOf('%') < 0)
        {
            return path;
        }

        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '%' && i + 2 < path.Length && IsHex(path[i + 1]) && IsHex(path[i + 2]))
            {
                var value = Convert.ToInt32(path.Substring(i + 1, 2), 16);
                if (value < 0x80 && value >= 0x20)
                {
                    builder.Append((char)value);
                    i += 2;
                    continue;
                }
            }

            builder.Append(path[i]);
        }

        return builder.ToString();
    }

    private static List<string> SplitRaw(string text)
    {
        var segments = new List<string>();
        var start = 0;
        var depth = 0;
        var quote = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '/';
            if (c == '\'' && i < text.Length)
            {
                quote = !quote;
            }
            else if (!quote && (c == '(' || c == '{'))
            {
                depth++;
            }
            else if (!quote && (c == ')' || c == '}'))
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '/' && ((!quote && depth == 0) || i == text.Length))
            {
                if (i > start)
                {
                    segments.Add(text.Substring(start, i - start));
                }

                start = i + 1;
            }
        }

        return segments;
    }

    private static List<string> FoldDrivePaths(List<string> raw)
    {
        var result = new List<string>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var segment = raw[i];
            var colon = segment.IndexOf(':');
            if (colon <= 0 || segment.IndexOf('(') >= 0 || segment[0] == '{' || !IsWord(segment, colon))
            {
                result.Add(segment);
                continue;
            }

            // "root:" followed by item path segments up to the one that ends with ':' (or the end of the path).
            result.Add(segment.Substring(0, colon + 1));
            if (colon == segment.Length - 1)
            {
                while (i + 1 < raw.Count && !raw[i + 1].EndsWith(":", StringComparison.Ordinal))
                {
                    i++;
                }

                if (i + 1 < raw.Count)
                {
                    i++;
                }
            }
        }

        return result;
    }

    /// <summary>Whether the text before the colon is a word (<c>root</c>, <c>approot</c>), not an ID such as <c>19:abc@thread.v2</c>.</summary>
    private static bool IsWord(string segment, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!char.IsLetter(segment[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool Eq(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
