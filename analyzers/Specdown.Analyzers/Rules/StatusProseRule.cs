using System.Collections.Generic;
using System.Globalization;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0010: a response example whose status differs from the status the <c>## Response</c> prose documents. Statuses the
/// prose also names (e.g. "200 OK or 202 Accepted") and error examples (4xx/5xx) are not reported.
/// </summary>
internal static class StatusProseRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        var response = page.Operation?.Response;
        if (response?.StatusCode is not int documented)
        {
            return;
        }

        foreach (var example in page.Examples)
        {
            if (!example.IsResponse || example.StatusCode is not int actual || actual == documented || actual >= 400)
            {
                continue;
            }

            if (MentionsStatus(response.Text, actual) || ResponseSectionMentions(page, actual))
            {
                continue;
            }

            output.Add(DiagnosticInfo.Create(
                RuleIds.StatusProseMismatch,
                example.FirstLineLocation,
                documented.ToString(CultureInfo.InvariantCulture),
                actual.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Whether any prose of the Response section (e.g. a "### JSON" subsection) names the status.</summary>
    private static bool ResponseSectionMentions(PageModel page, int status)
    {
        foreach (var block in page.TextBlocks)
        {
            if (block.Section == SectionKind.Response && MentionsStatus(block.Text, status))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MentionsStatus(string text, int status)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        var index = text.IndexOf(code, System.StringComparison.Ordinal);
        while (index >= 0)
        {
            var before = index == 0 || !char.IsDigit(text[index - 1]);
            var after = index + code.Length >= text.Length || !char.IsDigit(text[index + code.Length]);
            if (before && after)
            {
                return true;
            }

            index = text.IndexOf(code, index + 1, System.StringComparison.Ordinal);
        }

        return false;
    }
}
