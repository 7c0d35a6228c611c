using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>A request example as written in the docs: <c>POST https://graph.microsoft.com/beta/chats/$ref</c>, headers, body.</summary>
/// <param name="Method">The HTTP method, upper-cased.</param>
/// <param name="Url">The URL as written (absolute docs URL or relative path).</param>
/// <param name="Headers">The header lines in document order.</param>
/// <param name="Body">The body text (trimmed; empty when there is none).</param>
/// <param name="BodyLine">The 0-based line of the body's first line within the example text, or -1.</param>
public sealed record DocumentedHttpRequest(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body,
    int BodyLine)
{
    /// <summary>The first header with this name (case-insensitive), or null.</summary>
    public string? Header(string name) => HttpExampleParser.FindHeader(Headers, name);
}
