using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads one code block as an HTTP example: start line, headers (with the blank-line variants) and body. Every
/// departure from HTTP message syntax becomes an <see cref="HttpSyntaxIssue"/> located on the line concerned.
/// </summary>
internal sealed class HttpExampleBuilder
{
    private readonly LineMap _map;
    private readonly CodeBlock _block;
    private readonly HttpBlockLines _lines;
    private readonly HttpExampleKind? _expected;
    private readonly List<HttpHeader> _headers = new();
    private readonly List<HttpSyntaxIssue> _issues = new();
    private HttpStartLine? _start;
    private bool _blankLineBeforeBody = true;

    public HttpExampleBuilder(LineMap map, CodeBlock block, HttpExampleKind? expected)
    {
        _map = map;
        _block = block;
        _expected = expected;
        _lines = new HttpBlockLines(map, block);
    }

    public HttpExample? Build()
    {
        var first = NextNonBlank(0);
        if (first < 0)
        {
            if (_expected is null)
            {
                return null;
            }

            Issue("empty", "the code block is empty", _block.Location);
            return Create(_expected.Value, _block.Location, -1);
        }

        _start = HttpStartLine.Read(_lines.LineSpan(first));
        if (_start is not null && _expected is null && IsRequestList(first))
        {
            return null;
        }

        if (_start is not null)
        {
            CheckStartLine(first);
            return Create(_start.Kind, _lines.TrimmedLocation(first), ReadHeaders(first + 1));
        }

        if (_expected is null)
        {
            return null;
        }

        return Create(_expected.Value, _lines.TrimmedLocation(first), ReadWithoutStartLine(first, _expected.Value));
    }

    private void CheckStartLine(int first)
    {
        var location = _lines.TrimmedLocation(first);
        if (_expected is not null && _expected.Value != _start!.Kind)
        {
            Issue("kind-mismatch", "expected a " + Describe(_expected.Value) + " but the first line is a " + Describe(_start.Kind) + " line", location);
        }

        if (_start!.Kind == HttpExampleKind.Response && _start.Version is null)
        {
            Issue("status-line-without-version", "the status line has no HTTP version (HTTP/1.1)", location);
        }

        if (_start.Kind == HttpExampleKind.Response && _start.StatusCode is null)
        {
            Issue("status-line-without-code", "the status line has no three-digit status code", location);
        }
    }

    /// <summary>A block whose first line is neither a request nor a status line, read as the expected kind.</summary>
    private int ReadWithoutStartLine(int first, HttpExampleKind kind)
    {
        if (StartsJson(first))
        {
            return first;
        }

        var location = _lines.TrimmedLocation(first);
        if (kind == HttpExampleKind.Request && (_start = HttpStartLine.ReadUrlOnly(_lines.LineSpan(first))) is not null)
        {
            Issue("request-line-without-method", "the request line has no HTTP method", location);
            return ReadHeaders(first + 1);
        }

        if (TryHeader(first, out _))
        {
            Issue(kind == HttpExampleKind.Request ? "missing-request-line" : "missing-status-line",
                "the block starts with headers", location);
            return ReadHeaders(first);
        }

        Issue("unrecognised-first-line", "the first line is neither a " + Describe(kind) + " line nor JSON", location);
        return first;
    }

    /// <summary>Reads headers from line <paramref name="i"/>; returns the first body line, or -1 when there is no body.</summary>
    private int ReadHeaders(int i)
    {
        var sawHeader = false;
        while (i < _lines.Count)
        {
            if (_lines.IsBlank(i))
            {
                var next = NextNonBlank(i);
                if (!sawHeader && next >= 0 && !StartsJson(next) && TryHeader(next, out _))
                {
                    i = next;
                    continue;
                }

                return next;
            }

            if (TryHeader(i, out var header))
            {
                _headers.Add(header!);
                sawHeader = true;
                i++;
                continue;
            }

            if (StartsJson(i))
            {
                _blankLineBeforeBody = false;
                Issue("no-blank-line-before-body", "no blank line between the headers and the body", _lines.TrimmedLocation(i));
                return i;
            }

            var another = HttpStartLine.Read(_lines.LineSpan(i)) is { Kind: HttpExampleKind.Request };
            Issue(another ? "additional-request-line" : "header-without-colon",
                "'" + Shorten(_lines.LineSpan(i).Trim()) + (another ? "' is a second request line" : "' is not a header (Name: value)"),
                _lines.TrimmedLocation(i));
            i++;
        }

        return -1;
    }

    private bool TryHeader(int i, out HttpHeader? header)
    {
        header = null;
        var line = _lines.LineSpan(i);
        var lead = 0;
        while (lead < line.Length && char.IsWhiteSpace(line[lead]))
        {
            lead++;
        }

        var end = lead;
        while (end < line.Length && IsTokenChar(line[end]))
        {
            end++;
        }

        var colon = end;
        while (colon < line.Length && (line[colon] == ' ' || line[colon] == '\t'))
        {
            colon++;
        }

        if (end == lead || colon >= line.Length || line[colon] != ':')
        {
            return false;
        }

        var value = StringTable.Get(line.Slice(colon + 1).Trim());
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        header = new HttpHeader(StringTable.Get(line.Slice(lead, end - lead)), value, _lines.TrimmedLocation(i));
        return true;
    }

    private HttpExample Create(HttpExampleKind kind, LocationInfo firstLine, int bodyStart)
    {
        var body = HttpBodyReader.Read(_map, _lines, bodyStart);
        var url = _start?.Url;
        return new HttpExample(
            kind,
            _block.Annotation?.Name,
            _block.Index,
            _block.Annotation,
            _start?.Method,
            url,
            url is null ? null : HttpStartLine.UrlToPath(url),
            _start?.Version,
            _start?.StatusCode,
            _start?.Reason,
            _headers.ToArray(),
            body.Text,
            body.Json,
            _blankLineBeforeBody,
            _block.Annotation is null,
            _issues.ToArray(),
            firstLine,
            body.Location,
            _block.Location);
    }

    /// <summary>Whether the first non-blank line of <paramref name="content"/> is a request or status line (cheap pre-check).</summary>
    public static bool StartsWithStartLine(string? content)
    {
        if (content is null)
        {
            return false;
        }

        var start = 0;
        while (start < content.Length)
        {
            var end = content.IndexOf('\n', start);
            end = end < 0 ? content.Length : end;
            var line = content.AsSpan(start, end - start);
            if (line.Trim().Length > 0)
            {
                return HttpStartLine.Read(line) is not null;
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary>Whether every non-blank line is a request line and there are several: a list of paths, not an example.</summary>
    private bool IsRequestList(int first)
    {
        var count = 0;
        for (var i = first; i < _lines.Count; i++)
        {
            if (_lines.IsBlank(i))
            {
                continue;
            }

            if (HttpStartLine.Read(_lines.LineSpan(i)) is not { Kind: HttpExampleKind.Request })
            {
                return false;
            }

            count++;
        }

        return count > 1;
    }

    private bool StartsJson(int i) => _lines.FirstChar(i) == '{' || _lines.FirstChar(i) == '[';

    private int NextNonBlank(int i)
    {
        while (i < _lines.Count && _lines.IsBlank(i))
        {
            i++;
        }

        return i < _lines.Count ? i : -1;
    }

    private void Issue(string kind, string detail, LocationInfo location) => _issues.Add(new HttpSyntaxIssue(kind, detail, location));

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : text.Slice(0, 60).ToString() + "\u2026";

    private static string Describe(HttpExampleKind kind) => kind == HttpExampleKind.Request ? "request" : "response status";

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
}
