using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads a code block as an HTTP request (<c>METHOD URL</c> first line) or response (<c>HTTP/1.1 NNN Reason</c>,
/// <c>HTTP NNN</c>), with headers, the blank-line variants and the body (JSON read tolerantly, else text).
/// </summary>
public static class HttpMessageParser
{
    /// <summary>
    /// Parses <paramref name="block"/>. <paramref name="expected"/> is the kind its annotation or section implies, or null.
    /// Returns null when the first non-blank line is neither a request line nor a status line and
    /// <paramref name="expected"/> is null. Syntax departures become <see cref="HttpExample.SyntaxIssues"/>; body JSON
    /// recoveries stay in <see cref="HttpExample.Json"/> (rules report them).
    /// </summary>
    public static HttpExample? Parse(LineMap map, CodeBlock block, HttpExampleKind? expected, List<DiagnosticInfo> diagnostics) => throw new NotImplementedException("stub");
}
