using System;
using System.Collections.Generic;

namespace Specdown.Analyzers.Paths;

/// <summary>
/// Matches a concrete request path (or a route template) against a documented path template, segment by segment:
/// placeholders (<c>{id}</c>, <c>{a | b}</c>, route parameters) match any segment; literals, casts, <c>$ref</c> compare
/// case-insensitively, namespace prefixes optional; functions and keyed segments compare by name, whatever their
/// arguments; a key in parentheses (<c>users('x')</c>) matches <c>users/{id}</c>; <c>/me</c> matches <c>/users/{id}</c>.
/// </summary>
internal static class PathMatcher
{
    /// <summary>Whether <paramref name="path"/> is an instance of <paramref name="template"/>.</summary>
    public static bool Matches(string path, string template) =>
        Matches(PathSplitter.Split(path), PathSplitter.Split(template));

    public static bool Matches(List<string> path, List<string> template)
    {
        if (MatchFrom(path, 0, template, 0))
        {
            return true;
        }

        var aliasPath = ExpandMe(path, "me");
        var aliasTemplate = ExpandMe(template, "{id}");
        return (aliasPath is not null && MatchFrom(aliasPath, 0, template, 0))
            || (aliasTemplate is not null && MatchFrom(path, 0, aliasTemplate, 0))
            || (aliasPath is not null && aliasTemplate is not null && MatchFrom(aliasPath, 0, aliasTemplate, 0));
    }

    /// <summary>Whether a segment is a placeholder (<c>{…}</c>) that matches any segment.</summary>
    public static bool IsPlaceholder(string segment) => segment.Length >= 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';

    private static List<string>? ExpandMe(List<string> segments, string key)
    {
        if (segments.Count == 0 || !string.Equals(segments[0], "me", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var expanded = new List<string>(segments.Count + 1) { "users", key };
        for (var i = 1; i < segments.Count; i++)
        {
            expanded.Add(segments[i]);
        }

        return expanded;
    }

    private const int MaxSegments = 256;

    private static bool MatchFrom(List<string> path, int p, List<string> template, int t)
    {
        if (path.Count > MaxSegments || template.Count > MaxSegments)
        {
            return false;
        }

        if (p == path.Count || t == template.Count)
        {
            return p == path.Count && t == template.Count;
        }

        var actual = path[p];
        var expected = template[t];

        // users('x') in the request for users/{id} in the template: tried first, then the plain segment match.
        if (t + 1 < template.Count && IsPlaceholder(template[t + 1]) && actual.IndexOf('(') > 0 && expected.IndexOf('(') < 0
            && NamesEqual(Name(actual)!, expected) && MatchFrom(path, p + 1, template, t + 2))
        {
            return true;
        }

        return SegmentMatches(actual, expected) && MatchFrom(path, p + 1, template, t + 1);
    }

    private static bool SegmentMatches(string actual, string expected)
    {
        if (IsPlaceholder(expected) || IsPlaceholder(actual))
        {
            return true;
        }

        if (string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var expectedParen = expected.IndexOf('(') > 0;
        var actualParen = actual.IndexOf('(') > 0;
        if (expectedParen || actualParen)
        {
            return NamesEqual(Name(actual)!, Name(expected)!);
        }

        if (expected.EndsWith(":", StringComparison.Ordinal) || actual.EndsWith(":", StringComparison.Ordinal))
        {
            return false;
        }

        return NamesEqual(actual, expected);
    }

    /// <summary>The name of a function or keyed segment (before the parenthesis), or the segment itself.</summary>
    private static string? Name(string segment)
    {
        var paren = segment.IndexOf('(');
        return paren > 0 ? segment.Substring(0, paren) : segment;
    }

    /// <summary>Names equal ignoring case and a namespace prefix on either side (<c>microsoft.graph.delta</c> = <c>delta</c>).</summary>
    private static bool NamesEqual(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || string.Equals(LastPart(a), LastPart(b), StringComparison.OrdinalIgnoreCase) && (a.IndexOf('.') >= 0 || b.IndexOf('.') >= 0);

    private static string LastPart(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot >= 0 && dot < name.Length - 1 ? name.Substring(dot + 1) : name;
    }
}
