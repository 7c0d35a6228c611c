using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads a code block as an HTTP request (<c>METHOD URL</c> first line) or response (<c>HTTP/1.1 NNN Reason</c>,
/// <c>HTTP NNN</c>), with headers, the blank-line variants and the body (JSON read tolerantly, else text).
/// </summary>
/// <remarks>
/// Syntax issue kinds: <c>status-line-without-version</c>, <c>status-line-without-code</c>,
/// <c>no-blank-line-before-body</c>, <c>header-without-colon</c>, <c>additional-request-line</c>, <c>kind-mismatch</c>,
/// <c>request-line-without-method</c>, <c>missing-request-line</c>, <c>missing-status-line</c>,
/// <c>unrecognised-first-line</c>, <c>empty</c>. A block whose first line is JSON is accepted when a kind is expected
/// (a <c>json</c> fence under a Response heading): it has no start line and no issue.
/// </remarks>
public static class HttpMessageParser
{
    /// <summary>
    /// Parses <paramref name="block"/>. <paramref name="expected"/> is the kind its annotation or section implies, or null.
    /// Returns null when the first non-blank line is neither a request line nor a status line and
    /// <paramref name="expected"/> is null. Syntax departures become <see cref="HttpExample.SyntaxIssues"/>; body JSON
    /// recoveries stay in <see cref="HttpExample.Json"/> (rules report them).
    /// </summary>
    public static HttpExample? Parse(LineMap map, CodeBlock block, HttpExampleKind? expected, List<DiagnosticInfo> diagnostics)
    {
        if (map is null || block is null || (expected is null && !HttpExampleBuilder.StartsWithStartLine(block.Content)))
        {
            return null;
        }

        return new HttpExampleBuilder(map, block, expected).Build();
    }
}
