using System;
using System.Collections.Generic;
using System.Globalization;

namespace Specdown.Testing;

/// <summary>
/// Parses the raw text of documented HTTP examples: a request line (<c>METHOD URL [HTTP/1.1]</c>) or a status line
/// (<c>HTTP/1.1 204 No Content</c>, <c>HTTP 201 Created</c>), header lines, then a body, with or without the blank
/// line before it. Never throws on input: failures come back as an error message.
/// </summary>
public static class HttpExampleParser
{
    /// <summary>Parses a request example.</summary>
    public static bool TryParseRequest(string text, out DocumentedHttpRequest? request, out string? error)
    {
        request = null;
        var lines = SplitLines(text ?? string.Empty);
        var first = FirstContentLine(lines);
        if (first < 0)
        {
            error = "the request example is empty";
            return false;
        }

        var requestLine = lines[first].Trim();
        var space = IndexOfWhitespace(requestLine);
        if (space <= 0 || !IsToken(requestLine.AsSpan(0, space)))
        {
            error = "line " + (first + 1).ToString(CultureInfo.InvariantCulture) +
                ": expected a request line 'METHOD URL', found '" + Shorten(requestLine) + "'";
            return false;
        }

        var url = requestLine.Substring(space).Trim();
        if (url.EndsWith(" HTTP/1.1", StringComparison.OrdinalIgnoreCase) || url.EndsWith(" HTTP/2", StringComparison.OrdinalIgnoreCase))
        {
            url = url.Substring(0, url.LastIndexOf(' ')).TrimEnd();
        }

        var headers = ReadHeaders(lines, first + 1, out var bodyStart);
        var body = JoinBody(lines, bodyStart, out var bodyLine);
        request = new DocumentedHttpRequest(requestLine.Substring(0, space).ToUpperInvariant(), url, headers, body, bodyLine);
        error = null;
        return true;
    }

    /// <summary>Parses a response example; a text that starts with JSON is a body without status line.</summary>
    public static bool TryParseResponse(string text, out DocumentedHttpResponse? response, out string? error)
    {
        response = null;
        var lines = SplitLines(text ?? string.Empty);
        var first = FirstContentLine(lines);
        if (first < 0)
        {
            error = "the response example is empty";
            return false;
        }

        var statusLine = lines[first].Trim();
        if (LooksLikeBody(statusLine))
        {
            var onlyBody = JoinBody(lines, first, out var onlyBodyLine);
            response = new DocumentedHttpResponse(null, string.Empty, Array.Empty<KeyValuePair<string, string>>(), onlyBody, onlyBodyLine);
            error = null;
            return true;
        }

        if (!TryParseStatusLine(statusLine, out var status, out var reason))
        {
            error = "line " + (first + 1).ToString(CultureInfo.InvariantCulture) +
                ": expected a status line 'HTTP/1.1 200 OK', found '" + Shorten(statusLine) + "'";
            return false;
        }

        var headers = ReadHeaders(lines, first + 1, out var bodyStart);
        var body = JoinBody(lines, bodyStart, out var bodyLine);
        response = new DocumentedHttpResponse(status, reason, headers, body, bodyLine);
        error = null;
        return true;
    }

    internal static string? FindHeader(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
    {
        foreach (var header in headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    private static bool TryParseStatusLine(string line, out int status, out string reason)
    {
        status = 0;
        reason = string.Empty;
        if (!line.StartsWith("HTTP", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = line.Substring(4);
        if (rest.StartsWith("/", StringComparison.Ordinal))
        {
            var space = IndexOfWhitespace(rest);
            rest = space < 0 ? string.Empty : rest.Substring(space);
        }

        rest = rest.Trim();
        if (rest.Length < 3 || !int.TryParse(rest.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out status)
            || (rest.Length > 3 && !char.IsWhiteSpace(rest[3])))
        {
            return false;
        }

        reason = rest.Substring(3).Trim();
        return status >= 100 && status <= 599;
    }

    private static List<KeyValuePair<string, string>> ReadHeaders(string[] lines, int start, out int bodyStart)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var i = start;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                i++;
                break;
            }

            var colon = line.IndexOf(':');
            if (LooksLikeBody(line) || colon <= 0 || !IsToken(line.AsSpan(0, colon)))
            {
                break;
            }

            headers.Add(new KeyValuePair<string, string>(line.Substring(0, colon), line.Substring(colon + 1).Trim()));
        }

        bodyStart = i;
        return headers;
    }

    private static string JoinBody(string[] lines, int start, out int bodyLine)
    {
        var first = start;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        var last = lines.Length - 1;
        while (last >= first && lines[last].Trim().Length == 0)
        {
            last--;
        }

        bodyLine = first <= last ? first : -1;
        return first <= last ? string.Join("\n", lines, first, last - first + 1) : string.Empty;
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith("\r", StringComparison.Ordinal))
            {
                lines[i] = lines[i].Substring(0, lines[i].Length - 1);
            }
        }

        return lines;
    }

    private static int FirstContentLine(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LooksLikeBody(string line) => line.Length > 0 && (line[0] == '{' || line[0] == '[' || line[0] == '"' || line[0] == '<');

    private static int IndexOfWhitespace(string text)
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

    private static bool IsToken(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.'))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
