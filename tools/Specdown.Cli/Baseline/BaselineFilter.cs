using System;
using System.Collections.Generic;
using Specdown.Cli.Analysis;

namespace Specdown.Cli.Baseline;

/// <summary>
/// Splits findings into new ones and those recorded in a baseline. Matching is by fingerprint as a multiset: a
/// baseline that recorded a finding twice suppresses it twice, a third occurrence is new.
/// </summary>
public static class BaselineFilter
{
    public static List<Finding> RemoveKnown(IReadOnlyList<Finding> findings, IReadOnlyList<BaselineEntry> baseline, SourceLines lines, out int suppressed)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in baseline)
        {
            remaining[entry.Fingerprint] = remaining.TryGetValue(entry.Fingerprint, out var count) ? count + 1 : 1;
        }

        var fresh = new List<Finding>();
        suppressed = 0;
        foreach (var finding in findings)
        {
            var fingerprint = FindingFingerprint.Compute(finding, lines);
            if (remaining.TryGetValue(fingerprint, out var left) && left > 0)
            {
                remaining[fingerprint] = left - 1;
                suppressed++;
            }
            else
            {
                fresh.Add(finding);
            }
        }

        return fresh;
    }

    public static List<BaselineEntry> Record(IReadOnlyList<Finding> findings, SourceLines lines)
    {
        var entries = new List<BaselineEntry>(findings.Count);
        foreach (var finding in findings)
        {
            entries.Add(new BaselineEntry(finding.Id, finding.Path, finding.Message, FindingFingerprint.Compute(finding, lines)));
        }

        return entries;
    }
}
