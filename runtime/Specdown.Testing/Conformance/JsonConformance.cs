using System;
using System.Text.Json;

namespace Specdown.Testing;

/// <summary>
/// JSON conformance matching with the docs' conventions: key order ignored, type placeholders, placeholder
/// objects, truncated examples, instance annotations on request, collections item by item.
/// </summary>
public static class JsonConformance
{
    /// <summary>Matches an actual JSON text against a documented (tolerantly parsed) JSON text.</summary>
    /// <param name="documentedJson">The example body as written in the docs (comments, trailing commas and <c>...</c> lines allowed).</param>
    /// <param name="actualJson">The JSON produced by the code under test (strict JSON with comments and trailing commas tolerated).</param>
    /// <param name="options">The comparison options; <see cref="ConformanceOptions.Default"/> when null.</param>
    public static ConformanceResult Match(string documentedJson, string actualJson, ConformanceOptions? options = null)
    {
        if (documentedJson is null)
        {
            throw new ArgumentNullException(nameof(documentedJson));
        }

        if (actualJson is null)
        {
            throw new ArgumentNullException(nameof(actualJson));
        }

        if (!TolerantJson.TryParse(documentedJson, out var documented, out var documentedError))
        {
            return Failure("valid documented JSON", "invalid JSON (" + documentedError + ")",
                "The documented JSON cannot be parsed: " + documentedError + ". Fix the example (diagnostic SPD0008).");
        }

        using (documented)
        {
            if (!TolerantJson.TryParse(actualJson, out var actual, out var actualError))
            {
                return Failure("JSON", "invalid JSON (" + actualError + ")", null);
            }

            using (actual)
            {
                return Match(documented!.RootElement, actual!.RootElement, options);
            }
        }
    }

    /// <summary>Matches two already parsed JSON values.</summary>
    public static ConformanceResult Match(JsonElement documented, JsonElement actual, ConformanceOptions? options = null)
    {
        var matcher = new ConformanceMatcher(options ?? ConformanceOptions.Default);
        matcher.Match(documented, actual, 0);
        return new ConformanceResult(matcher.Differences, Array.Empty<string>());
    }

    private static ConformanceResult Failure(string expected, string actual, string? note)
    {
        var difference = new ConformanceDifference("$", expected, actual, DifferenceKind.InvalidJson);
        return new ConformanceResult(new[] { difference }, note is null ? Array.Empty<string>() : new[] { note });
    }
}
