using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0017: a relative link to a <c>.md</c> page that is not in the doc set, or to an anchor that the target page has no
/// heading (or HTML anchor) for. Absolute URLs, site-rooted links (<c>/concepts/…</c>), tab anchors and links that leave
/// the doc set's root folder are not checked. Thread-safe: pages may be checked in parallel.
/// </summary>
internal sealed class BrokenLinkRule
{
    private static readonly char[] PathSeparators = { '/', '\\' };

    private readonly DocSetPaths _paths;
    private readonly IReadOnlyDictionary<string, HashSet<string>>? _knownAnchors;
    private readonly ConcurrentDictionary<string, HashSet<string>> _anchors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Folder, string Path), string?> _resolved = new();

    public BrokenLinkRule(DocSet docSet)
        : this(docSet, null)
    {
    }

    /// <param name="docSet">The doc set.</param>
    /// <param name="knownAnchors">
    /// The anchors of every page by path (<see cref="Anchors"/>), collected before the pages were slimmed; null to collect
    /// them from the doc set's pages.
    /// </param>
    public BrokenLinkRule(DocSet docSet, IReadOnlyDictionary<string, HashSet<string>>? knownAnchors)
    {
        _paths = new DocSetPaths(docSet);
        _knownAnchors = knownAnchors;
    }

    public void Check(PageModel page, List<DiagnosticInfo> output)
    {
        var includes = IncludeRanges(page);
        var folder = RawFolder(page.Path);
        foreach (var link in page.Links)
        {
            if (includes is not null && InRanges(includes, link.Location.StartLine))
            {
                // [!INCLUDE [x](path)] pulls in a snippet file that is not a page of the doc set.
                continue;
            }

            var target = link.Target.Trim().Trim('<', '>');
            var problem = Problem(page, folder, target);
            if (problem is not null)
            {
                output.Add(DiagnosticInfo.Create(RuleIds.BrokenLink, link.Location, RuleText.Short(link.Target), problem));
            }
        }
    }

    /// <summary>
    /// The links <see cref="Check"/> can report: relative links to a <c>.md</c> page or to an anchor, outside
    /// <c>[!INCLUDE …]</c> lines.
    /// </summary>
    public static List<LinkRef> CheckedLinks(PageModel page)
    {
        var includes = IncludeRanges(page);
        var links = new List<LinkRef>();
        foreach (var link in page.Links)
        {
            if ((includes is null || !InRanges(includes, link.Location.StartLine))
                && IsCandidate(link.Target.Trim().Trim('<', '>'), out _, out _))
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>The anchors a link can name on <paramref name="page"/>: heading anchors and HTML <c>name</c>/<c>id</c> values.</summary>
    public static HashSet<string> Anchors(PageModel page)
    {
        var anchors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var heading in page.Headings)
        {
            anchors.Add(heading.Anchor);
        }

        foreach (var block in page.TextBlocks)
        {
            if (block.Kind == TextBlockKind.Html || HtmlAnchors.MayHaveAnchorTag(block.Text))
            {
                HtmlAnchors.Collect(block.Text, anchors);
            }
        }

        return anchors;
    }

    /// <summary>
    /// Whether <paramref name="target"/> is a relative link to a <c>.md</c> page (<paramref name="pathEnd"/> &gt; 0) or to
    /// an anchor that is not a tab (<paramref name="hash"/> ≥ 0): the only links that can be broken.
    /// </summary>
    private static bool IsCandidate(string target, out int hash, out int pathEnd)
    {
        hash = -1;
        pathEnd = 0;
        if (target.Length == 0 || target[0] == '/' || target.IndexOf("://", StringComparison.Ordinal) >= 0
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        hash = target.IndexOf('#');
        pathEnd = hash < 0 ? target.Length : hash;
        var query = target.IndexOf('?', 0, pathEnd);
        if (query >= 0)
        {
            pathEnd = query;
        }

        if (pathEnd > 0 && (pathEnd < 3 || string.Compare(target, pathEnd - 3, ".md", 0, 3, StringComparison.OrdinalIgnoreCase) != 0))
        {
            return false;
        }

        if (hash < 0 || hash == target.Length - 1 || string.Compare(target, hash + 1, "tab/", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
        {
            // No anchor to check: only the page is.
            hash = -1;
            return pathEnd > 0;
        }

        return true;
    }

    private string? Problem(PageModel page, string folder, string target)
    {
        if (!IsCandidate(target, out var hash, out var pathEnd))
        {
            return null;
        }

        PageModel? targetPage = page;
        string? targetPath = null;
        if (pathEnd > 0)
        {
            var resolved = Resolve(page.Path, folder, pathEnd == target.Length ? target : target.Substring(0, pathEnd));
            if (resolved is null)
            {
                return null;
            }

            targetPage = _paths.Find(resolved);
            if (targetPage is null)
            {
                return "page '" + RuleText.Short(resolved) + "'";
            }

            targetPath = resolved;
        }

        if (hash < 0)
        {
            return null;
        }

        var anchor = target.Substring(hash + 1);
        return Anchors(targetPage.Path, targetPage).Contains(Uri.UnescapeDataString(anchor))
            ? null
            : "an anchor '#" + RuleText.Short(anchor) + "' in '" + RuleText.Short(targetPath ?? DocSetPaths.Normalize(page.Path)) + "'";
    }

    /// <summary><see cref="DocSetPaths.Resolve"/>, memoised by the page's folder (as written) and the link's path.</summary>
    private string? Resolve(string pagePath, string folder, string path)
    {
        var key = (folder, path);
        if (_resolved.TryGetValue(key, out var resolved))
        {
            return resolved;
        }

        resolved = _paths.Resolve(pagePath, Uri.UnescapeDataString(path));
        _resolved.TryAdd(key, resolved);
        return resolved;
    }

    private HashSet<string> Anchors(string path, PageModel page)
    {
        if (_knownAnchors is not null)
        {
            return _knownAnchors.TryGetValue(path, out var known) ? known : new HashSet<string>();
        }

        return _anchors.TryGetValue(path, out var anchors) ? anchors : _anchors.GetOrAdd(path, Anchors(page));
    }

    /// <summary>The page path up to its last separator: all that <see cref="DocSetPaths.Resolve"/> reads of it.</summary>
    private static string RawFolder(string path)
    {
        var slash = path.LastIndexOfAny(PathSeparators);
        return slash < 0 ? string.Empty : path.Substring(0, slash + 1);
    }

    private static List<(int Start, int End)>? IncludeRanges(PageModel page)
    {
        List<(int, int)>? ranges = null;
        foreach (var block in page.TextBlocks)
        {
            if (block.Kind == TextBlockKind.Include || block.Text.StartsWith("[!INCLUDE", StringComparison.OrdinalIgnoreCase))
            {
                (ranges ??= new List<(int, int)>()).Add((block.Location.StartLine, block.Location.EndLine));
            }
        }

        return ranges;
    }

    private static bool InRanges(List<(int Start, int End)> ranges, int line)
    {
        foreach (var (start, end) in ranges)
        {
            if (line >= start && line <= end)
            {
                return true;
            }
        }

        return false;
    }
}
