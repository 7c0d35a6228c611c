using System;
using System.Collections.Generic;

namespace Specdown.Model;

/// <summary>Page path arithmetic: separators as '/', <c>.</c> and <c>..</c> segments resolved, anchors split off.</summary>
internal static class DocSetPaths
{
    /// <summary>The path with '/' separators and <c>.</c>/<c>..</c> segments resolved.</summary>
    public static string Normalize(string path)
    {
        if (IsNormal(path))
        {
            return path;
        }

        var text = (path ?? string.Empty).Replace('\\', '/');
        var rooted = text.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in text.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", parts);
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> would return <paramref name="path"/> unchanged: '/' separators only, no empty or
    /// <c>.</c> segment (after an optional leading '/'), and <c>..</c> only before every other segment (which
    /// <see cref="Normalize"/> keeps). Most page paths are; they need no new string.
    /// </summary>
    private static bool IsNormal(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var start = path![0] == '/' ? 1 : 0;
        var onlyParents = true;
        for (var i = start; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                if (path[i] == '\\')
                {
                    return false;
                }

                continue;
            }

            var length = i - start;
            var parent = length == 2 && path[start] == '.' && path[start + 1] == '.';
            if (length == 0 || (length == 1 && path[start] == '.') || (parent && !onlyParents))
            {
                return false;
            }

            onlyParents &= parent;
            start = i + 1;
        }

        return true;
    }

    /// <summary>
    /// Resolves a link target written on <paramref name="fromPagePath"/>: the target page's normalised path and the
    /// anchor (without '#'). Returns false for absolute URLs and site-rooted links.
    /// </summary>
    public static bool TryResolve(string fromPagePath, string target, out string page, out string anchor)
    {
        page = string.Empty;
        anchor = string.Empty;
        if (string.IsNullOrEmpty(target) || target.IndexOf("://", StringComparison.Ordinal) >= 0 || target.StartsWith("/", StringComparison.Ordinal) ||
            target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hash = target.IndexOf('#');
        var file = hash >= 0 ? target.Substring(0, hash) : target;
        anchor = hash >= 0 ? target.Substring(hash + 1) : string.Empty;
        var query = file.IndexOf('?');
        if (query >= 0)
        {
            file = file.Substring(0, query);
        }

        var from = Normalize(fromPagePath);
        if (file.Length == 0)
        {
            page = from;
            return true;
        }

        var slash = from.LastIndexOf('/');
        var directory = slash >= 0 ? from.Substring(0, slash + 1) : string.Empty;
        page = Normalize(directory + Uri.UnescapeDataString(file));
        return true;
    }
}
