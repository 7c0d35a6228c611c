using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace Specdown.Testing;

/// <summary>Checks an actual response (status, content type, body) against a documented response.</summary>
internal static class ResponseChecker
{
    public static void Check(
        DocumentedHttpResponse documented,
        int actualStatus,
        string? actualMediaType,
        string actualBody,
        ConformanceOptions options,
        Func<int, string?> locateBodyLine,
        List<ConformanceDifference> differences,
        List<string> notes)
    {
        if (documented.StatusCode is int expectedStatus && expectedStatus != actualStatus)
        {
            differences.Add(new ConformanceDifference("status", Status(expectedStatus), Status(actualStatus), DifferenceKind.StatusCode));
        }

        var hasActualBody = actualBody.Trim().Length > 0;
        if (documented.StatusForbidsBody)
        {
            CheckBodyless(documented, hasActualBody, actualBody, differences, notes);
            return;
        }

        if (documented.Body.Length == 0)
        {
            return;
        }

        var documentedType = documented.Header("Content-Type");
        var documentedIsJson = documentedType is null ? LooksLikeJson(documented.Body) : IsJson(documentedType);
        if (!documentedIsJson)
        {
            notes.Add("The documented body is not JSON (" + (documentedType ?? "no Content-Type") + "); it was not compared.");
            return;
        }

        if (!hasActualBody)
        {
            differences.Add(new ConformanceDifference("body", "a JSON body", "no body", DifferenceKind.MissingBody));
            return;
        }

        if (documentedType is not null && (actualMediaType is null || !IsJson(actualMediaType)))
        {
            differences.Add(new ConformanceDifference("content-type", "application/json", actualMediaType ?? "none", DifferenceKind.ContentType));
        }

        CompareBodies(documented.Body, actualBody, options, locateBodyLine, differences, notes);
    }

    private static void CompareBodies(string documentedBody, string actualBody, ConformanceOptions options,
        Func<int, string?> locateBodyLine, List<ConformanceDifference> differences, List<string> notes)
    {
        if (!TolerantJson.TryParse(documentedBody, out var documented, out var error, out var errorLine))
        {
            var location = ExampleLocation.Suffix(locateBodyLine(errorLine));
            differences.Add(new ConformanceDifference("$", "valid documented JSON", "invalid JSON" + location + " (" + error + ")", DifferenceKind.InvalidJson));
            notes.Add("The documented JSON" + location + " cannot be parsed: " + error + ". Fix the example (diagnostic SPD0008).");
            return;
        }

        using (documented)
        {
            if (!TolerantJson.TryParse(actualBody, out var actual, out var actualError))
            {
                differences.Add(new ConformanceDifference("$", "JSON", "invalid JSON (" + actualError + ")", DifferenceKind.InvalidJson));
                return;
            }

            using (actual)
            {
                differences.AddRange(JsonConformance.Match(documented!.RootElement, actual!.RootElement, options).Differences);
            }
        }
    }

    private static void CheckBodyless(DocumentedHttpResponse documented, bool hasActualBody, string actualBody,
        List<ConformanceDifference> differences, List<string> notes)
    {
        var status = documented.StatusCode!.Value.ToString(CultureInfo.InvariantCulture);
        if (documented.Body.Length > 0)
        {
            notes.Add("SPD0002: the example documents a body for status " + status +
                ", which HTTP forbids (RFC 9110); the check follows HTTP and expects no body. Fix the example (diagnostic SPD0002).");
        }

        if (hasActualBody)
        {
            differences.Add(new ConformanceDifference("body", "no body (status " + status + ")",
                "a body of " + actualBody.Length.ToString(CultureInfo.InvariantCulture) + " characters", DifferenceKind.UnexpectedBody));
        }
    }

    private static string Status(int code)
    {
        var name = Enum.IsDefined(typeof(HttpStatusCode), code) ? " " + SplitWords(((HttpStatusCode)code).ToString()) : string.Empty;
        return code.ToString(CultureInfo.InvariantCulture) + name;
    }

    private static string SplitWords(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(name[i]);
        }

        return builder.ToString();
    }

    private static bool IsJson(string mediaType) => mediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool LooksLikeJson(string body) => body.Length > 0 && (body[0] == '{' || body[0] == '[');
}
