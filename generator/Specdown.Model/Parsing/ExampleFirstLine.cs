using System;

namespace Specdown.Model.Parsing;

/// <summary>Tells a request (<c>METHOD url</c>) or a response (<c>HTTP/1.1 200 OK</c>, <c>HTTP 200</c>) by its first line.</summary>
internal static class ExampleFirstLine
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

    public static HttpExampleKind? Classify(string content)
    {
        var start = 0;
        while (start < content.Length && char.IsWhiteSpace(content[start]))
        {
            start++;
        }

        if (start >= content.Length)
        {
            return null;
        }

        if (IsStatusLine(content, start))
        {
            return HttpExampleKind.Response;
        }

        return IsRequestLine(content, start) ? HttpExampleKind.Request : null;
    }

    /// <summary>Whether the text at <paramref name="start"/> begins with an HTTP method followed by a space.</summary>
    public static bool IsRequestLine(string content, int start)
    {
        foreach (var method in Methods)
        {
            if (string.Compare(content, start, method, 0, method.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                start + method.Length < content.Length && (content[start + method.Length] == ' ' || content[start + method.Length] == '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStatusLine(string content, int start)
    {
        if (string.Compare(content, start, "HTTP", 0, 4, StringComparison.OrdinalIgnoreCase) != 0 || start + 4 >= content.Length)
        {
            return false;
        }

        var next = content[start + 4];
        if (next == '/')
        {
            return true;
        }

        var i = start + 4;
        while (i < content.Length && content[i] == ' ')
        {
            i++;
        }

        return i > start + 4 && i < content.Length && content[i] >= '1' && content[i] <= '5';
    }
}
