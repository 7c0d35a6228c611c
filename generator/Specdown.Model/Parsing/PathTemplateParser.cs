using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>Reads one <c>## HTTP request</c> line, <c>METHOD /path/{id}/segment</c>, into an <see cref="HttpPath"/>.</summary>
/// <remarks>
/// The method may be in any case (even glued to the path, <c>DELETE/users</c>); surrounding backticks and a trailing
/// <c>HTTP/1.1</c> or other text after the path are ignored; an absolute URL is reduced to its path (host and
/// <c>/beta</c>, <c>/v1.0</c> removed). Segments are split on <c>/</c> outside <c>{}</c>, <c>()</c> and quotes; drive
/// paths (<c>root:/{item-path}:</c>) are one segment. The template is the normalised path without the query.
/// </remarks>
public static class PathTemplateParser
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

    /// <summary>Returns null when the line is not <c>METHOD path</c>.</summary>
    public static HttpPath? Parse(string line, LocationInfo location)
    {
        if (line is null)
        {
            return null;
        }

        var text = line.Trim().Trim('`').Trim();
        var method = ReadMethod(text, out var rest);
        if (method is null)
        {
            return null;
        }

        rest = StripHost(rest.Trim());
        var pathEnd = PathEnd(rest);
        var path = rest.Substring(0, pathEnd);
        string? query = null;
        if (pathEnd < rest.Length && rest[pathEnd] == '?')
        {
            query = StripTrailingVersion(rest.Substring(pathEnd + 1));
        }

        if (path.Length == 0 || !LooksLikePath(path))
        {
            return null;
        }

        var hadLeadingSlash = path[0] == '/';
        var segments = PathSegmentReader.Read(StripVersion(path.TrimStart('/')));
        return new HttpPath(method, Template(segments), segments.ToArray(), query, hadLeadingSlash, location);
    }

    private static string? ReadMethod(string text, out string rest)
    {
        rest = string.Empty;
        foreach (var method in Methods)
        {
            if (text.Length > method.Length
                && string.Compare(text, 0, method, 0, method.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (char.IsWhiteSpace(text[method.Length]) || text[method.Length] == '/'))
            {
                rest = text.Substring(method.Length);
                return method;
            }
        }

        return null;
    }

    /// <summary>Removes <c>scheme://host</c> from an absolute URL, and a leading <c>~</c>.</summary>
    private static string StripHost(string rest)
    {
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme < 8 && rest.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            var slash = rest.IndexOf('/', scheme + 3);
            rest = slash < 0 ? "/" : rest.Substring(slash);
        }

        return rest.StartsWith("~", StringComparison.Ordinal) ? rest.Substring(1) : rest;
    }

    /// <summary>Removes a leading version segment (<c>beta</c>, <c>v1.0</c>) when more path follows it.</summary>
    private static string StripVersion(string path)
    {
        var slash = path.IndexOf('/');
        if (slash < 0)
        {
            return path;
        }

        var first = path.Substring(0, slash);
        var isVersion = string.Equals(first, "beta", StringComparison.OrdinalIgnoreCase)
            || (first.Length > 1 && (first[0] == 'v' || first[0] == 'V') && char.IsDigit(first[1]) && first.IndexOf('.') > 0);
        return isVersion ? path.Substring(slash + 1) : path;
    }

    /// <summary>The end of the path: the query mark, or the first white space outside brackets and quotes.</summary>
    private static int PathEnd(string rest)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '\'':
                case '"':
                    quote = c;
                    break;
                case '{':
                case '(':
                    depth++;
                    break;
                case '}':
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '?':
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
                default:
                    if (depth == 0 && char.IsWhiteSpace(c))
                    {
                        return i;
                    }

                    break;
            }
        }

        return rest.Length;
    }

    private static string StripTrailingVersion(string query)
    {
        var trimmed = query.TrimEnd();
        var space = trimmed.LastIndexOf(' ');
        if (space > 0 && trimmed.Substring(space + 1).StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(0, space).TrimEnd();
        }

        return trimmed;
    }

    private static bool LooksLikePath(string path)
    {
        var c = path[0];
        return c == '/' || c == '{' || c == '$' || char.IsLetter(c);
    }

    private static string Template(List<PathSegment> segments)
    {
        if (segments.Count == 0)
        {
            return "/";
        }

        var parts = new string[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            parts[i] = segments[i].Text;
        }

        return "/" + string.Join("/", parts);
    }
}
