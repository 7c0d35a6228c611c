using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0017: a relative link to a <c>.md</c> page that is not in the doc set, or to an anchor that the target page has no
/// heading (or HTML anchor) for. Absolute URLs, site-rooted links (<c>/concepts/…</c>), tab anchors and links that leave
/// the doc set's root folder are not checked.
/// </summary>
internal sealed class BrokenLinkRule
{
    private readonly DocSetPaths _paths;
    private readonly Dictionary<string, HashSet<string>> _anchors = new(StringComparer.OrdinalIgnoreCase);

    public BrokenLinkRule(DocSet docSet) => _paths = new DocSetPaths(docSet);

    public void Check(PageModel page, List<DiagnosticInfo> output)
    {
        var includeLines = IncludeLines(page);
        foreach (var link in page.Links)
        {
            if (includeLines.Contains(link.Location.StartLine))
            {
                // [!INCLUDE [x](path)] pulls in a snippet file that is not a page of the doc set.
                continue;
            }

            var problem = Problem(page, link.Target.Trim().Trim('<', '>'));
            if (problem is not null)
            {
                output.Add(DiagnosticInfo.Create(RuleIds.BrokenLink, link.Location, RuleText.Short(link.Target), problem));
            }
        }
    }

    private string? Problem(PageModel page, string target)
    {
        if (target.Length == 0 || target[0] == '/' || target.IndexOf("://", StringComparison.Ordinal) >= 0
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hash = target.IndexOf('#');
        var path = hash < 0 ? target : target.Substring(0, hash);
        var anchor = hash < 0 ? null : target.Substring(hash + 1);
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path.Substring(0, query);
        }

        PageModel? targetPage = page;
        var targetPath = DocSetPaths.Normalize(page.Path);
        if (path.Length > 0)
        {
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var resolved = _paths.Resolve(page.Path, Uri.UnescapeDataString(path));
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

        if (string.IsNullOrEmpty(anchor) || anchor!.StartsWith("tab/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Anchors(targetPage).Contains(Uri.UnescapeDataString(anchor)) ? null : "an anchor '#" + RuleText.Short(anchor) + "' in '" + RuleText.Short(targetPath) + "'";
    }

    private static HashSet<int> IncludeLines(PageModel page)
    {
        var lines = new HashSet<int>();
        foreach (var block in page.TextBlocks)
        {
            if (block.Kind == TextBlockKind.Include || block.Text.StartsWith("[!INCLUDE", StringComparison.OrdinalIgnoreCase))
            {
                for (var line = block.Location.StartLine; line <= block.Location.EndLine; line++)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    private HashSet<string> Anchors(PageModel page)
    {
        if (_anchors.TryGetValue(page.Path, out var anchors))
        {
            return anchors;
        }

        anchors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var heading in page.Headings)
        {
            anchors.Add(heading.Anchor);
        }

        foreach (var block in page.TextBlocks)
        {
            if (block.Kind == TextBlockKind.Html || block.Text.IndexOf("<a", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                HtmlAnchors.Collect(block.Text, anchors);
            }
        }

        _anchors[page.Path] = anchors;
        return anchors;
    }
}
