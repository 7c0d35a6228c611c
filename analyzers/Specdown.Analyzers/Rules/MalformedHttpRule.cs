using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0004: malformed HTTP in an example (no blank line between headers and body, a status line without version, a
/// header without a colon, …), from what the parser noted while reading the example.
/// </summary>
internal static class MalformedHttpRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var example in page.Examples)
        {
            foreach (var issue in example.SyntaxIssues)
            {
                var text = string.IsNullOrWhiteSpace(issue.Detail) ? issue.Kind : issue.Detail;
                output.Add(DiagnosticInfo.Create(RuleIds.MalformedHttp, issue.Location, RuleText.Short(text)));
            }
        }
    }
}
