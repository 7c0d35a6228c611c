using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// The first line of an HTTP example: a request line <c>METHOD URL [HTTP/x]</c> or a status line
/// <c>HTTP/1.1 NNN Reason</c> / <c>HTTP NNN</c>, plus the URL-to-path rule shared with the rest of the parser.
/// </summary>
internal sealed class HttpStartLine
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

    private HttpStartLine(HttpExampleKind kind)
    {
        Kind = kind;
    }

    public HttpExampleKind Kind { get; }

    public string? Method { get; private set; }

    public string? Url { get; private set; }

    public string? Version { get; private set; }

    public int? StatusCode { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>Reads <paramref name="line"/> as a request or status line; null when it is neither.</summary>
    public static HttpStartLine? Read(string line) => Read(line.AsSpan());

    /// <summary>Reads <paramref name="line"/> as a request or status line; null when it is neither.</summary>
    public static HttpStartLine? Read(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        return TryStatus(text) ?? TryRequest(text);
    }

    /// <summary>A line that is only a URL (absolute, or starting with <c>/</c> or <c>~/</c>): a request without method.</summary>
    public static HttpStartLine? ReadUrlOnly(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        var isUrl = text.StartsWith("https://".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("http://".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("/".AsSpan(), StringComparison.Ordinal) && !text.StartsWith("//".AsSpan(), StringComparison.Ordinal))
            || text.StartsWith("~/".AsSpan(), StringComparison.Ordinal);
        if (!isUrl)
        {
            return null;
        }

        return new HttpStartLine(HttpExampleKind.Request) { Url = text.ToString() };
    }

    /// <summary>
    /// The path of a URL: scheme and host removed, a leading version segment (<c>/beta</c>, <c>/v1.0</c>) removed,
    /// query and fragment removed, a leading <c>~</c> dropped and a leading <c>/</c> ensured.
    /// </summary>
    public static string UrlToPath(string url)
    {
        var path = url.AsSpan().Trim();
        var scheme = path.IndexOf("://".AsSpan());
        if (scheme > 0 && scheme < 8)
        {
            var slash = path.Slice(scheme + 3).IndexOf('/');
            path = slash < 0 ? "/".AsSpan() : path.Slice(scheme + 3 + slash);
        }

        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            path = path.Slice(0, cut);
        }

        if (path.Length > 0 && path[0] == '~')
        {
            path = path.Slice(1);
        }

        if (path.Length == 0 || path[0] != '/')
        {
            return StripVersion(("/" + path.ToString()).AsSpan());
        }

        return StripVersion(path);
    }

    private static string StripVersion(ReadOnlySpan<char> path)
    {
        var end = path.Slice(1).IndexOf('/');
        end = end < 0 ? -1 : end + 1;
        var first = end < 0 ? path.Slice(1) : path.Slice(1, end - 1);
        if (!IsVersionSegment(first))
        {
            return StringTable.Get(path);
        }

        return end < 0 ? "/" : StringTable.Get(path.Slice(end));
    }

    private static bool IsVersionSegment(ReadOnlySpan<char> segment)
    {
        if (segment.Equals("beta".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (segment.Length < 2 || (segment[0] != 'v' && segment[0] != 'V') || !char.IsDigit(segment[1]))
        {
            return false;
        }

        for (var i = 1; i < segment.Length; i++)
        {
            if (!char.IsDigit(segment[i]) && segment[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static HttpStartLine? TryStatus(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("HTTP".AsSpan(), StringComparison.OrdinalIgnoreCase) || text.Length < 5 || (text[4] != '/' && text[4] != ' '))
        {
            return null;
        }

        var start = new HttpStartLine(HttpExampleKind.Response);
        var space = text.IndexOf(' ');
        var rest = space < 0 ? ReadOnlySpan<char>.Empty : text.Slice(space + 1).TrimStart();
        start.Version = text[4] == '/' ? StringTable.Get(space < 0 ? text : text.Slice(0, space)) : null;
        var digits = 0;
        while (digits < rest.Length && char.IsDigit(rest[digits]))
        {
            digits++;
        }

        if (digits == 3 && (rest.Length == 3 || char.IsWhiteSpace(rest[3])))
        {
            start.StatusCode = (rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0');
            var reason = rest.Slice(3).Trim();
            start.Reason = reason.Length == 0 ? null : StringTable.Get(reason);
        }
        else if (text[4] == ' ' && digits == 0)
        {
            return null;
        }
        else
        {
            start.Reason = rest.Length == 0 ? null : StringTable.Get(rest);
        }

        return start;
    }

    private static HttpStartLine? TryRequest(ReadOnlySpan<char> text)
    {
        var space = IndexOfWhiteSpace(text);
        if (space <= 0)
        {
            return null;
        }

        var method = FindMethod(text.Slice(0, space));
        var rest = text.Slice(space + 1).Trim();
        if (method is null || rest.Length == 0)
        {
            return null;
        }

        var start = new HttpStartLine(HttpExampleKind.Request) { Method = method };
        var lastSpace = IndexOfLastWhiteSpace(rest);
        if (lastSpace > 0 && rest.Slice(lastSpace + 1).StartsWith("HTTP/".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            start.Version = StringTable.Get(rest.Slice(lastSpace + 1));
            rest = rest.Slice(0, lastSpace).TrimEnd();
        }

        start.Url = StringTable.Get(rest);
        return start;
    }

    /// <summary>The method of <see cref="Methods"/> that <paramref name="word"/> spells (ignoring case), or null.</summary>
    private static string? FindMethod(ReadOnlySpan<char> word)
    {
        foreach (var method in Methods)
        {
            if (word.Equals(method.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return method;
            }
        }

        return null;
    }

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfLastWhiteSpace(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
