using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>Chooses and prepares the documented body a DTO round trip uses.</summary>
internal static class RoundTripBody
{
    public static string Select(DocumentedExample example, ExamplePart part, List<string> notes, out int bodyLine)
    {
        bodyLine = -1;
        var text = part == ExamplePart.Request ? example.RequestText : example.ResponseText;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw ExampleReplay.CannotRun(example, "it has no " + Describe(part) + " to round-trip", null);
        }

        string body;
        string? error;
        if (part == ExamplePart.Request)
        {
            HttpExampleParser.TryParseRequest(text!, out var request, out error);
            body = request?.Body ?? string.Empty;
            bodyLine = request?.BodyLine ?? -1;
        }
        else
        {
            HttpExampleParser.TryParseResponse(text!, out var response, out error);
            body = response?.Body ?? string.Empty;
            bodyLine = response?.BodyLine ?? -1;
            if (response is { StatusForbidsBody: true } && body.Length > 0)
            {
                notes.Add("SPD0002: the example documents a body for status " + response.StatusCode.GetValueOrDefault().ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    ", which HTTP forbids; the round trip checks the documented shape anyway (diagnostic SPD0002).");
            }
        }

        if (error is not null)
        {
            throw ExampleReplay.CannotRun(example, "its " + Describe(part) + " cannot be read: " + error + " (diagnostic SPD0004)", null);
        }

        if (body.Length == 0)
        {
            throw ExampleReplay.CannotRun(example, "its " + Describe(part) + " has no body to round-trip", null);
        }

        return body;
    }

    public static string SampleJson(DocumentedExample example, ExamplePart part, string body, int bodyLine,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo? target)
    {
        if (!TolerantJson.TryParse(body, out var document, out var error, out var errorLine))
        {
            var location = ExampleLocation.Of(example.DocPath, FenceLine(example, part), bodyLine, errorLine);
            throw ExampleReplay.CannotRun(example, "its documented JSON is not valid" + ExampleLocation.Suffix(location) + ": " + error +
                " (diagnostic SPD0008)", null);
        }

        using (document)
        {
            return TypedSampleWriter.Write(document!.RootElement, target);
        }
    }

    /// <summary>The line of the example's opening code fence, or 0 when unknown.</summary>
    public static int FenceLine(DocumentedExample example, ExamplePart part) =>
        part == ExamplePart.Request ? example.Line : example.ResponseLine;

    private static string Describe(ExamplePart part) => part == ExamplePart.Request ? "request" : "response";
}
