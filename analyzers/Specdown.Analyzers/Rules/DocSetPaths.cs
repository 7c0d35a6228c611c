using System;
using System.Collections.Generic;
using Specdown.Model;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Page paths of a doc set: a case-insensitive index, the root folder every page lies under, and relative-path
/// resolution against a page's folder.
/// </summary>
internal sealed class DocSetPaths
{
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
        var parts = new List<string>(Normalize(Folder(Normalize(pagePath))).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries));
        var leadingSlash = pagePath.StartsWith("/", StringComparison.Ordinal);
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        var resolved = (leadingSlash ? "/" : string.Empty) + string.Join("/", parts);
        return resolved.StartsWith(Root, StringComparison.OrdinalIgnoreCase) ? resolved : null;
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
