using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Specdown.Testing;

/// <summary>Replays a documented request against a service through any <see cref="HttpClient"/> and checks the response.</summary>
public static class ExampleReplay
{
    /// <summary>
    /// Sends the example's request and compares the response with the documented one. Mismatches are returned in
    /// the result; an example that cannot run at all (no request, unparseable text) throws a <see cref="ContractException"/>.
    /// </summary>
    public static async Task<ReplayResult> ReplayAsync(
        DocumentedExample example,
        HttpClient client,
        ReplayOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (example is null)
        {
            throw new ArgumentNullException(nameof(example));
        }

        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        options ??= ReplayOptions.Default;
        var documentedRequest = ParseRequest(example);
        var documentedResponse = ParseResponse(example);
        using var request = BuildRequest(example, documentedRequest, options, client);
        var requestText = documentedRequest.Method + " " + request.RequestUri;

        HttpResponseMessage sent;
        try
        {
            sent = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw CannotRun(example, requestText + " failed: " + exception.Message, exception);
        }
        catch (InvalidOperationException exception) when (client.BaseAddress is null)
        {
            throw CannotRun(example, requestText + " has a relative URI and the HttpClient has no BaseAddress", exception);
        }

        using var response = sent;
        var actualBody = response.Content is null
            ? string.Empty
            : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content?.Headers.ContentType?.MediaType;

        var differences = new List<ConformanceDifference>();
        var notes = new List<string>();
        var conformance = options.Conformance with { Truncated = example.Truncated, IsCollection = example.IsCollection };
        ResponseChecker.Check(documentedResponse, (int)response.StatusCode, mediaType, actualBody, conformance,
            jsonLine => ExampleLocation.Of(example.DocPath, example.ResponseLine, documentedResponse.BodyLine, jsonLine), differences, notes);
        return new ReplayResult(example, requestText, documentedResponse.StatusCode, (int)response.StatusCode,
            documentedResponse.Body, actualBody, differences, notes);
    }

    private static HttpRequestMessage BuildRequest(DocumentedExample example, DocumentedHttpRequest documented, ReplayOptions options, HttpClient client)
    {
        HttpRequestMessage? request = null;
        try
        {
            request = RequestBuilder.Build(documented, options);
            if (client.BaseAddress is Uri baseAddress && request.RequestUri is Uri relative)
            {
                var root = baseAddress.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
                request.RequestUri = new Uri(root, BelowBase(relative.OriginalString));
            }
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            request?.Dispose();
            TolerantJson.TryParse(documented.Body, out var parsed, out _, out var errorLine);
            parsed?.Dispose();
            var location = ExampleLocation.Suffix(ExampleLocation.Of(example.DocPath, example.Line, documented.BodyLine, errorLine));
            throw CannotRun(example, "its request cannot be built" + location + ": " + exception.Message, exception);
        }

        return request;
    }

    /// <summary>The path relative to the base address; <c>./</c> keeps a first segment with <c>:</c> from reading as a scheme.</summary>
    private static string BelowBase(string path)
    {
        var relative = path.TrimStart('/');
        var colon = relative.IndexOf(':');
        var end = relative.IndexOfAny(new[] { '/', '?', '#' });
        return colon >= 0 && (end < 0 || colon < end) ? "./" + relative : relative;
    }

    private static DocumentedHttpRequest ParseRequest(DocumentedExample example)
    {
        if (string.IsNullOrWhiteSpace(example.RequestText))
        {
            throw CannotRun(example, "it has no request to replay", null);
        }

        if (!HttpExampleParser.TryParseRequest(example.RequestText!, out var request, out var error))
        {
            throw CannotRun(example, "its request cannot be read: " + error + " (diagnostic SPD0004)", null);
        }

        return request!;
    }

    private static DocumentedHttpResponse ParseResponse(DocumentedExample example)
    {
        if (string.IsNullOrWhiteSpace(example.ResponseText))
        {
            throw CannotRun(example, "it has no response to compare with", null);
        }

        if (!HttpExampleParser.TryParseResponse(example.ResponseText!, out var response, out var error))
        {
            throw CannotRun(example, "its response cannot be read: " + error + " (diagnostic SPD0004)", null);
        }

        return response!;
    }

    internal static ContractException CannotRun(DocumentedExample example, string reason, Exception? inner)
    {
        var message = new FailureMessageBuilder(example, "cannot run: " + reason + ".", 0).ToString();
        return new ContractException(message, example, Array.Empty<ConformanceDifference>(), Array.Empty<string>(), null, inner);
    }
}
