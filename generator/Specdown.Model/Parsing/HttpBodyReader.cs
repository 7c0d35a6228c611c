using System;
using System.Text;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads the body of an HTTP example: the lines from the first body line to the last non-blank line, and, when the
/// body starts with <c>{</c> or <c>[</c>, its tolerant JSON reading located in the page.
/// </summary>
internal static class HttpBodyReader
{
    public static HttpBody Read(LineMap map, HttpBlockLines lines, int first)
    {
        if (first < 0 || first >= lines.Count)
        {
            return default;
        }

        var last = lines.Count - 1;
        while (last > first && lines.IsBlank(last))
        {
            last--;
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                builder.Append('\n');
            }

            builder.Append(lines.Lines[i]);
        }

        var text = builder.ToString();
        var trimmed = text.TrimStart();
        var isJson = trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '[');
        var json = isJson ? ReadJson(map, lines, first, last, text) : null;
        return new HttpBody(text, json, lines.Span(first, last));
    }

    /// <summary>
    /// Reads the body JSON from the page so that locations are absolute. When lines carry non-blank prefixes in the page
    /// (a fence inside a block quote), those prefixes are blanked in a copy of the page so offsets stay exact; when a line
    /// cannot be found in the page, the body text is read on its own.
    /// </summary>
    private static JsonDocumentInfo ReadJson(LineMap map, HttpBlockLines lines, int first, int last, string text)
    {
        var start = lines.Offset(first);
        var end = lines.EndOffset(last);
        if (lines.AllPrefixesBlank)
        {
            return TolerantJsonReader.Read(map, start, end - start);
        }

        if (!lines.AllLocated)
        {
            return TolerantJsonReader.Read(new LineMap(map.Path, text), 0, text.Length);
        }

        var chars = map.Text.ToCharArray();
        for (var i = first + 1; i <= last; i++)
        {
            var pageLine = lines.PageLine(i);
            var lineStart = map.LineStart(pageLine);
            var prefixEnd = lines.Lines[i].Length == 0 ? lineStart + map.LineText(pageLine).Length : lines.Offset(i);
            for (var k = lineStart; k < prefixEnd && k < chars.Length; k++)
            {
                chars[k] = ' ';
            }
        }

        return TolerantJsonReader.Read(new LineMap(map.Path, new string(chars)), start, end - start);
    }
}

/// <summary>The body of an HTTP example: text (LF line endings), JSON reading and location.</summary>
internal readonly struct HttpBody
{
    public HttpBody(string text, JsonDocumentInfo? json, LocationInfo location)
    {
        Text = text;
        Json = json;
        Location = location;
    }

    public string? Text { get; }

    public JsonDocumentInfo? Json { get; }

    public LocationInfo? Location { get; }
}
