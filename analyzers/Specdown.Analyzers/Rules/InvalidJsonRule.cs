using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>SPD0008: an example body that is not strict JSON; says whether tolerant reading recovered it.</summary>
internal static class InvalidJsonRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var example in page.Examples)
        {
            var json = example.Json;
            if (json is null || json.IsStrict)
            {
                continue;
            }

            var recovered = json.Root is not null;
            LocationInfo? location = null;
            var kinds = new List<string>();
            foreach (var recovery in json.Recoveries)
            {
                location ??= recovery.Location;
                recovered &= recovery.Recovered;
                if (!kinds.Contains(recovery.Kind))
                {
                    kinds.Add(recovery.Kind);
                }
            }

            var what = kinds.Count == 0 ? "not strict JSON" : string.Join(", ", kinds);
            var verdict = recovered ? "tolerant reading recovered it" : "tolerant reading could not recover it";
            output.Add(DiagnosticInfo.Create(
                RuleIds.InvalidJsonBody,
                location ?? example.BodyLocation ?? example.Location,
                RuleText.Short(what) + "; " + verdict));
        }
    }
}
