using System;
using System.Collections.Generic;
using System.Text;
using Specdown.Model;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Page paths of a doc set: a case-insensitive index, the root folder every page lies under, and relative-path
/// resolution against a page's folder.
/// </summary>
internal sealed class DocSetPaths
{
    private static readonly char[] Separators = { '/', '\\' };

    private readonly Dictionary<string, PageModel> _pages = new(StringComparer.OrdinalIgnoreCase);

    public DocSetPaths(DocSet docSet)
    {
        string? root = null;
        foreach (var page in docSet.Pages)
        {
            var path = Normalize(page.Path);
            _pages[path] = page;
            var folder = Folder(path);
            root = root is null ? folder : CommonFolder(root, folder);
        }

        Root = root ?? string.Empty;
    }

    /// <summary>The deepest folder (ending with '/', or empty) that contains every page.</summary>
    public string Root { get; }

    public PageModel? Find(string normalizedPath) => _pages.TryGetValue(normalizedPath, out var page) ? page : null;

    /// <summary>
    /// The path <paramref name="relative"/> points to from <paramref name="pagePath"/>, normalised; null when it leaves
    /// the doc set's root folder (the doc set cannot say whether such a page exists).
    /// </summary>
    public string? Resolve(string pagePath, string relative)
    {
        // The page's folder segments, then the link's: '.' and empty segments skipped, '..' drops the last one (and
        // leaves the doc set when there is none). One buffer and the segment starts, instead of split and join.
        var folder = Folder(Normalize(pagePath));
        var path = new StringBuilder(folder.Length + relative.Length + 1);
        var starts = new List<int>();
        AddSegments(folder, path, starts, allowParent: false);
        if (!AddSegments(relative, path, starts, allowParent: true))
        {
            return null;
        }

        var resolved = pagePath.StartsWith("/", StringComparison.Ordinal) ? "/" + path : path.ToString();
        return resolved.StartsWith(Root, StringComparison.OrdinalIgnoreCase) ? resolved : null;
    }

    /// <summary>Appends the segments of <paramref name="text"/>; <paramref name="allowParent"/> resolves '.' and '..'.</summary>
    /// <returns>False when a '..' segment has nothing left to drop.</returns>
    private static bool AddSegments(string text, StringBuilder path, List<int> starts, bool allowParent)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(Separators, start);
            if (end < 0)
            {
                end = text.Length;
            }

            var length = end - start;
            if (length == 0 || (allowParent && length == 1 && text[start] == '.'))
            {
                // Empty, or '.' in the link: nothing to add (the page's own folder keeps its segments as written).
            }
            else if (allowParent && length == 2 && text[start] == '.' && text[start + 1] == '.')
            {
                if (starts.Count == 0)
                {
                    return false;
                }

                var last = starts[starts.Count - 1];
                starts.RemoveAt(starts.Count - 1);
                path.Length = last == 0 ? 0 : last - 1;
            }
            else
            {
                if (path.Length > 0)
                {
                    path.Append('/');
                }

                starts.Add(path.Length);
                path.Append(text, start, length);
            }

            start = end + 1;
        }

        return true;
    }

    public static string Normalize(string path) => path.Replace('\\', '/');

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash + 1);
    }

    private static string CommonFolder(string a, string b)
    {
        var length = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[i]))
            {
                break;
            }

            if (a[i] == '/')
            {
                length = i + 1;
            }
        }

        return a.Substring(0, length);
    }
}
