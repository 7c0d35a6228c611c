using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Specdown.Testing;

/// <summary>Builds an <see cref="HttpRequestMessage"/> from a documented request example.</summary>
public static class RequestBuilder
{
    /// <summary>
    /// Builds the request: the docs URL becomes a relative path on the target (scheme, host and version segment
    /// removed), headers are copied (Content-Type onto the content, Content-Length and Host dropped, Authorization
    /// dropped only when asked), and the body's placeholders are replaced by sample values.
    /// </summary>
    /// <exception cref="FormatException">The body is declared as JSON but cannot be parsed.</exception>
    public static HttpRequestMessage Build(DocumentedHttpRequest documented, ReplayOptions? options = null)
    {
        options ??= ReplayOptions.Default;
        var message = new HttpRequestMessage(new HttpMethod(documented.Method),
            new Uri(TargetPath(documented.Url, options), UriKind.Relative));
        var contentType = documented.Header("Content-Type");
        if (documented.Body.Length > 0)
        {
            message.Content = BuildContent(documented.Body, contentType);
        }

        foreach (var header in documented.Headers)
        {
            CopyHeader(message, header.Key, header.Value, options);
        }

        return message;
    }

    /// <summary>The target-relative path of a documented URL (<c>https://graph.microsoft.com/beta/chats/$ref</c> → <c>/chats/$ref</c>).</summary>
    public static string TargetPath(string url, ReplayOptions? options = null)
    {
        options ??= ReplayOptions.Default;
        var path = url.Trim();
        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && scheme < 10)
        {
            var slash = path.IndexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.Substring(slash);
        }
        else if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            path = "/" + path;
        }

        if (options.StripVersionSegment)
        {
            path = StripVersion(path, options);
        }

        return path.Replace(" ", "%20");
    }

    private static string StripVersion(string path, ReplayOptions options)
    {
        foreach (var segment in options.VersionSegments)
        {
            var length = segment.Length + 1;
            if (path.Length >= length && string.CompareOrdinal(path, 1, segment, 0, segment.Length) == 0
                && (path.Length == length || path[length] == '/' || path[length] == '?'))
            {
                var rest = path.Substring(length);
                return rest.Length == 0 || rest[0] != '/' ? "/" + rest : rest;
            }
        }

        return path;
    }

    private static HttpContent BuildContent(string body, string? contentType)
    {
        var isJson = contentType is null ? LooksLikeJson(body) : contentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;
        var text = body;
        if (isJson)
        {
            if (!TolerantJson.TryParse(body, out var document, out var error))
            {
                throw new FormatException("The documented request body is not valid JSON: " + error + " (diagnostic SPD0008).");
            }

            using (document)
            {
                text = SampleValueWriter.Write(document!.RootElement);
            }
        }

        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed
            : new MediaTypeHeaderValue(isJson ? "application/json" : "text/plain");
        return content;
    }

    private static void CopyHeader(HttpRequestMessage message, string name, string value, ReplayOptions options)
    {
        if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Host", StringComparison.OrdinalIgnoreCase)
            || (options.DropAuthorization && name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is not null)
        {
            message.Content.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private static bool LooksLikeJson(string body)
    {
        var trimmed = body.TrimStart();
        return trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '[');
    }
}
