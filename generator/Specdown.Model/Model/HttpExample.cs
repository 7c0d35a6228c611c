using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// A request or response example read from a code block (annotated or recognised by its place and first line).
/// Requests have <see cref="Method"/> and <see cref="Url"/>; responses have <see cref="StatusCode"/>. The body is kept as
/// text (LF line endings) and, when it is JSON, as a tolerant <see cref="Json"/> reading.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record HttpExample(
    HttpExampleKind Kind,
    string? Name,
    int CodeBlockIndex,
    Annotation? Annotation,
    string? Method,
    string? Url,
    string? Path,
    string? HttpVersion,
    int? StatusCode,
    string? ReasonPhrase,
    EquatableArray<HttpHeader> Headers,
    string? Body,
    JsonDocumentInfo? Json,
    bool BlankLineBeforeBody,
    bool IsRecognisedWithoutAnnotation,
    EquatableArray<HttpSyntaxIssue> SyntaxIssues,
    LocationInfo FirstLineLocation,
    LocationInfo? BodyLocation,
    LocationInfo Location)
{
    public bool IsRequest => Kind == HttpExampleKind.Request;

    public bool IsResponse => Kind == HttpExampleKind.Response;

    /// <summary>The value of the first header with that name (case-insensitive), or null.</summary>
    public string? GetHeader(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Name, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the annotation says the shown body is shortened.</summary>
    public bool IsTruncated => Annotation?.Truncated == true;
}

/// <summary>A departure from HTTP message syntax noticed while reading an example (e.g. no blank line before the body).</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record HttpSyntaxIssue(string Kind, string Detail, LocationInfo Location);
