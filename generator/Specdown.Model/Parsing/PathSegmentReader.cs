using System;
using System.Collections.Generic;
using Specdown.Model.Collections;

namespace Specdown.Model.Parsing;

/// <summary>Splits a path (without leading <c>/</c> and query) into classified <see cref="PathSegment"/>s.</summary>
internal static class PathSegmentReader
{
    private static readonly EquatableArray<string> None = EquatableArray<string>.Empty;

    public static List<PathSegment> Read(string path)
    {
        var parts = Split(path);
        var segments = new List<PathSegment>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.EndsWith(":", StringComparison.Ordinal))
            {
                var end = i + 1;
                while (end < parts.Count && !parts[end].EndsWith(":", StringComparison.Ordinal))
                {
                    end++;
                }

                end = Math.Min(end, parts.Count - 1);
                var text = string.Join("/", parts.GetRange(i, end - i + 1));
                segments.Add(new PathSegment(PathSegmentKind.DrivePath, text, text, Placeholders(text, out _), None));
                i = end;
                continue;
            }

            segments.Add(Classify(part));
        }

        return segments;
    }

    /// <summary>Splits on <c>/</c> outside <c>{}</c>, <c>()</c> and quotes; empty parts are dropped.</summary>
    private static List<string> Split(string path)
    {
        var parts = new List<string>();
        var depth = 0;
        var quote = '\0';
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            var c = i < path.Length ? path[i] : '/';
            if (quote != '\0' && i < path.Length)
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            if (c == '\'' || c == '"')
            {
                quote = c;
            }
            else if (c == '{' || c == '(')
            {
                depth++;
            }
            else if (c == '}' || c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '/' && (depth == 0 || i == path.Length))
            {
                if (i > start)
                {
                    parts.Add(StringTable.Get(path, start, i - start));
                }

                start = i + 1;
            }
        }

        return parts;
    }

    private static PathSegment Classify(string text)
    {
        if (text.Length > 1 && text[0] == '$')
        {
            var kind = text.Equals("$ref", StringComparison.OrdinalIgnoreCase) ? PathSegmentKind.Ref
                : text.Equals("$value", StringComparison.OrdinalIgnoreCase) ? PathSegmentKind.Value
                : text.Equals("$count", StringComparison.OrdinalIgnoreCase) ? PathSegmentKind.Count
                : PathSegmentKind.Literal;
            return new PathSegment(kind, text, text, None, None);
        }

        if (text[0] == '{' && MatchingClose(text, 0) == text.Length - 1)
        {
            var names = Placeholders(text, out var alternatives);
            return new PathSegment(PathSegmentKind.Parameter, text, names.Count > 0 ? names[0] : string.Empty, names, alternatives);
        }

        var open = text.IndexOf('(');
        if (open > 0 && text[text.Length - 1] == ')' && MatchingClose(text, open) == text.Length - 1)
        {
            return Call(text, open);
        }

        if (IsCast(text))
        {
            return new PathSegment(PathSegmentKind.Cast, text, text, None, None);
        }

        return new PathSegment(PathSegmentKind.Literal, text, text, Placeholders(text, out _), None);
    }

    /// <summary><c>users('{id}')</c>, <c>items(id)</c> (keyed literals) or <c>fn(a='{x}')</c>, <c>delta()</c> (functions).</summary>
    private static PathSegment Call(string text, int open)
    {
        var name = text.Substring(0, open);
        var args = text.Substring(open + 1, text.Length - open - 2).Trim();
        var parameters = Placeholders(args, out _);
        var isFunction = args.Length == 0 || args.IndexOf('=') >= 0;
        if (!isFunction && parameters.Count == 0 && IsIdentifier(args))
        {
            parameters = new[] { args };
        }

        return new PathSegment(isFunction ? PathSegmentKind.Function : PathSegmentKind.KeyedLiteral, text, name, parameters, None);
    }

    /// <summary>The placeholder names in <paramref name="text"/> (<c>{a | b}</c> gives <c>a</c>); alternatives of a single one.</summary>
    private static EquatableArray<string> Placeholders(string text, out EquatableArray<string> alternatives)
    {
        alternatives = None;
        List<string>? names = null;
        List<string>? firstAlternatives = null;
        var i = text.IndexOf('{');
        while (i >= 0)
        {
            var close = MatchingClose(text, i);
            if (close < 0)
            {
                break;
            }

            var options = text.Substring(i + 1, close - i - 1).Split('|');
            var list = new List<string>(options.Length);
            foreach (var option in options)
            {
                var trimmed = option.Trim();
                if (trimmed.Length > 0)
                {
                    list.Add(trimmed);
                }
            }

            if (list.Count > 0)
            {
                (names ??= new List<string>()).Add(list[0]);
                firstAlternatives ??= list.Count > 1 ? list : null;
            }

            i = text.IndexOf('{', close + 1);
        }

        if (names is not null && names.Count == 1 && firstAlternatives is not null)
        {
            alternatives = firstAlternatives.ToArray();
        }

        return names is null ? None : names.ToArray();
    }

    private static int MatchingClose(string text, int open)
    {
        var opener = text[open];
        var closer = opener == '{' ? '}' : ')';
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == opener)
            {
                depth++;
            }
            else if (text[i] == closer && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A qualified type name used as a cast: <c>microsoft.graph.group</c>, <c>graph.x.y</c>.</summary>
    private static bool IsCast(string text)
    {
        var dots = 0;
        foreach (var part in text.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return false;
            }

            dots++;
        }

        return dots >= 3 || (dots == 2 && text.StartsWith("microsoft.", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
