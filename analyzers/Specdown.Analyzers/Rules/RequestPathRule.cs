using System;
using System.Collections.Generic;
using Specdown.Analyzers.Paths;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>SPD0009: a request example whose method and path match none of the paths under <c>## HTTP request</c>.</summary>
internal static class RequestPathRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
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

        foreach (var example in page.Examples)
        {
            var url = example.Path ?? example.Url;
            if (!example.IsRequest || example.Method is null || string.IsNullOrWhiteSpace(url))
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
