using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Analysis;

/// <summary>
/// Turns diagnostics into findings: applies the severity configuration, drops <c>none</c> and <c>silent</c> (as the
/// build does), removes exact duplicates and sorts.
/// </summary>
public static class FindingBuilder
{
    public static List<Finding> Build(IEnumerable<DiagnosticInfo> diagnostics, SeverityConfiguration severities)
    {
        var seen = new HashSet<Finding>();
        var findings = new List<Finding>();
        foreach (var diagnostic in diagnostics)
        {
            var rule = diagnostic.Rule;
            var severity = severities.Effective(rule);
            if (severity <= ReportSeverity.Hidden)
            {
                continue;
            }

            var finding = new Finding(diagnostic.Id, severity, diagnostic.Message, diagnostic.Location.FilePath, diagnostic.Location);
            if (seen.Add(finding))
            {
                findings.Add(finding);
            }
        }

        findings.Sort(FindingComparer.Instance);
        return findings;
    }

    public static int CountErrors(IEnumerable<Finding> findings)
    {
        var count = 0;
        foreach (var finding in findings)
        {
            if (finding.Severity == ReportSeverity.Error)
            {
                count++;
            }
        }

        return count;
    }
}
