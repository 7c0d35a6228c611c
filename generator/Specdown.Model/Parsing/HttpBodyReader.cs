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

        var text = lines.Text(first, last);
        var isJson = lines.FirstChar(first) == '{' || lines.FirstChar(first) == '[';
        var json = isJson ? ReadJson(map, lines, first, last, text) : null;
        return new HttpBody(text, json, lines.Span(first, last));
    }

    /// <summary>
    /// Reads the body JSON from the page so that locations are absolute. When lines carry other characters before the
    /// content in the page (a fence inside a block quote) or cannot be found there, the body text is read on its own
    /// and its locations are moved back onto the page line by line.
    /// </summary>
    private static JsonDocumentInfo ReadJson(LineMap map, HttpBlockLines lines, int first, int last, string text)
    {
        if (lines.PrefixesBlank(first, last))
        {
            var start = lines.Offset(first);
            return TolerantJsonReader.Read(map, start, lines.EndOffset(last) - start);
        }

        var own = TolerantJsonReader.Read(new LineMap(map.Path, text), 0, text.Length);
        return new JsonLocationMapper(map, lines, first, last).Map(own);
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
