using System;
using System.Collections.Generic;
using Specdown.Analyzers.Paths;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>SPD0009: a request example whose method and path match none of the paths under <c>## HTTP request</c>.</summary>
internal sealed class RequestPathRule
{
    private readonly string? _apiHost;

    /// <summary>The host most request examples of the doc set call: requests to other hosts are not calls of this API.</summary>
    public RequestPathRule(DocSet docSet) => _apiHost = DominantHost(docSet);

    public void Check(PageModel page, List<DiagnosticInfo> output)
    {
        var paths = page.Operation?.Paths ?? default;
        if (paths.IsEmpty)
        {
            return;
        }

        var templates = new List<(string Method, List<string> Segments)>(paths.Count);
        foreach (var path in paths)
        {
            templates.Add((path.Method, PathSplitter.Split(path.Template)));
        }

        var apiHost = _apiHost;
        foreach (var example in page.Examples)
        {
            var url = example.Path ?? example.Url;
            if (!example.IsRequest || example.Method is null || string.IsNullOrWhiteSpace(url))
            {
                continue;
            }

            // A request to another host (a bot's callback, an upload URL) is not a call of this API.
            var host = Host(example.Url);
            if (host is not null && apiHost is not null && !string.Equals(host, apiHost, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var segments = PathSplitter.Split(url!);
            if (!MatchesAny(example.Method, segments, templates))
            {
                output.Add(DiagnosticInfo.Create(
                    RuleIds.UndocumentedRequestPath,
                    example.FirstLineLocation,
                    example.Method.ToUpperInvariant(),
                    RuleText.Short("/" + string.Join("/", segments))));
            }
        }
    }

    /// <summary>The host most request examples call (the first in page order on a tie), or null.</summary>
    private static string? DominantHost(DocSet docSet)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string? best = null;
        foreach (var example in AllExamples(docSet))
        {
            if (example.IsRequest && Host(example.Url) is { } host)
            {
                counts.TryGetValue(host, out var count);
                counts[host] = ++count;
                if (best is null || count > counts[best])
                {
                    best = host;
                }
            }
        }

        return best;
    }

    private static IEnumerable<HttpExample> AllExamples(DocSet docSet)
    {
        foreach (var page in docSet.Pages)
        {
            foreach (var example in page.Examples)
            {
                yield return example;
            }
        }
    }

    private static string? Host(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0 || scheme > 8)
        {
            return null;
        }

        var end = url.IndexOf('/', scheme + 3);
        return end < 0 ? url.Substring(scheme + 3) : url.Substring(scheme + 3, end - scheme - 3);
    }

    private static bool MatchesAny(string method, List<string> segments, List<(string Method, List<string> Segments)> templates)
    {
        foreach (var template in templates)
        {
            if (string.Equals(template.Method, method, StringComparison.OrdinalIgnoreCase)
                && PathMatcher.Matches(segments, template.Segments))
            {
                return true;
            }
        }

        return false;
    }
}
