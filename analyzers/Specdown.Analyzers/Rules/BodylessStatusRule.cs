using System;
using System.Collections.Generic;
using System.Globalization;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>SPD0002: a body documented for a status that cannot carry one (1xx, 204, 304), in an example or in the prose.</summary>
internal static class BodylessStatusRule
{
    private static readonly string[] Negations =
    {
        "not return anything", "does not return", "doesn't return", "no response body", "empty response body",
        "nothing in the response body", "no content in the response body", "without a response body", "no body", "empty content", "empty body",
    };

    public static bool CannotCarryBody(int? status) => status is >= 100 and < 200 or 204 or 304;

    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var example in page.Examples)
        {
            if (example.IsResponse && CannotCarryBody(example.StatusCode) && !string.IsNullOrWhiteSpace(example.Body))
            {
                var location = example.BodyLocation is { } body ? example.FirstLineLocation.Through(body) : example.FirstLineLocation;
                output.Add(DiagnosticInfo.Create(
                    RuleIds.BodyForBodylessStatus,
                    location,
                    Status(example.StatusCode),
                    "the example has a body"));
            }
        }

        var response = page.Operation?.Response;
        if (response is not null && CannotCarryBody(response.StatusCode) && response.MentionsBody
            && SentenceGivesBody(response.Text, Status(response.StatusCode)))
        {
            output.Add(DiagnosticInfo.Create(
                RuleIds.BodyForBodylessStatus,
                response.StatusLocation ?? response.Location,
                Status(response.StatusCode),
                "the response section says it returns content in the response body"));
        }
    }

    private static string Status(int? status) => status?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// Whether one sentence names the status and a body without negating it: "returns a 204 … and a chat object in the
    /// response body", but not "returns 204 and empty content. With Prefer, returns 200 and the object in the body".
    /// </summary>
    private static bool SentenceGivesBody(string text, string status)
    {
        foreach (var sentence in text.Split(new[] { ". ", ".\n", "\n" }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (sentence.IndexOf(status, StringComparison.Ordinal) >= 0
                && sentence.IndexOf("body", StringComparison.OrdinalIgnoreCase) >= 0
                && !IsNegated(sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(string text)
    {
        foreach (var negation in Negations)
        {
            if (text.IndexOf(negation, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
