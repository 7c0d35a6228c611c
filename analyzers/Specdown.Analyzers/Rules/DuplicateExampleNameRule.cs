using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0014: two request (or two response) examples of the doc set with the same annotation name (case-insensitive).
/// Every occurrence is reported; the message names the first other occurrence.
/// </summary>
internal static class DuplicateExampleNameRule
{
    public static void Check(DocSet docSet, List<DiagnosticInfo> output)
    {
        var byName = new Dictionary<string, List<LocationInfo>>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in docSet.Pages)
        {
            foreach (var example in page.Examples)
            {
                var name = example.Annotation?.Name;
                if (string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                var key = (example.IsRequest ? "request:" : "response:") + name!.Trim();
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = new List<LocationInfo>();
                }

                list.Add(example.Annotation!.Location);
            }
        }

        foreach (var pair in byName)
        {
            var locations = pair.Value;
            if (locations.Count < 2)
            {
                continue;
            }

            var name = pair.Key.Substring(pair.Key.IndexOf(':') + 1);
            for (var i = 0; i < locations.Count; i++)
            {
                var other = locations[i == 0 ? 1 : 0];
                output.Add(DiagnosticInfo.Create(RuleIds.DuplicateExampleName, locations[i], RuleText.Short(name), other.ToString()));
            }
        }
    }
}
