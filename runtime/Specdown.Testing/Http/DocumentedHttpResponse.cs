using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>A response example as written in the docs: <c>HTTP/1.1 201 Created</c>, headers, body.</summary>
/// <param name="StatusCode">The documented status code, or null when the example has no status line.</param>
/// <param name="ReasonPhrase">The reason phrase as written (may be empty).</param>
/// <param name="Headers">The header lines in document order.</param>
/// <param name="Body">The body text (trimmed; empty when there is none).</param>
/// <param name="BodyLine">The 0-based line of the body's first line within the example text, or -1.</param>
public sealed record DocumentedHttpResponse(
    int? StatusCode,
    string ReasonPhrase,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body,
    int BodyLine)
{
    /// <summary>The first header with this name (case-insensitive), or null.</summary>
    public string? Header(string name) => HttpExampleParser.FindHeader(Headers, name);

    /// <summary>The status forbids a body (1xx, 204, 205, 304): HTTP wins over the example.</summary>
    public bool StatusForbidsBody => StatusCode is int code && HttpStatusRules.ForbidsBody(code);
}
