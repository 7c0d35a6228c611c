using System;
using System.Collections.Generic;
using Specdown.Analyzers.Paths;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>SPD0012: a request to a <c>$ref</c> endpoint whose body is an entity instead of <c>{"@odata.id": "…"}</c>.</summary>
internal static class RefBodyRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var example in page.Examples)
        {
            var url = example.Path ?? example.Url;
            var root = example.Json?.Root;
            if (!example.IsRequest || url is null || root is null || !root.IsObject || !EndsWithRef(url))
            {
                continue;
            }

            if (root.Get("@odata.id") is not null || root.Members.IsEmpty)
            {
                continue;
            }

            var segments = PathSplitter.Split(url);
            output.Add(DiagnosticInfo.Create(
                RuleIds.RefBodyNotReference,
                example.FirstLineLocation,
                RuleText.Short((example.Method ?? string.Empty).ToUpperInvariant() + " /" + string.Join("/", segments))));
        }
    }

    private static bool EndsWithRef(string url)
    {
        var segments = PathSplitter.Split(url);
        return segments.Count > 0 && string.Equals(segments[segments.Count - 1], "$ref", StringComparison.OrdinalIgnoreCase);
    }
}
