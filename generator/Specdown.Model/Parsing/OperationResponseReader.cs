using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads what the <c>## Response</c> prose promises: "returns a `204 No Content` response code and a [chat](...) object
/// in the response body" → status code, reason, return type (collection when it says so), whether it mentions a body,
/// with the exact location of the status text.
/// </summary>
internal static class OperationResponseReader
{
    public static ResponseInfo? Read(PageContext context)
    {
        ProseItem? first = null;
        foreach (var item in context.Prose)
        {
            if (item.Block.Section != SectionKind.Response || item.Block.Kind == TextBlockKind.Html)
            {
                continue;
            }

            first ??= item;
            var status = FindStatus(context.Map.Text, item.Block.Location.Start, item.Block.Location.Start + item.Block.Location.Length);
            if (status.Code != null)
            {
                return Build(context, item, status);
            }
        }

        return first == null ? null : Build(context, first, default);
    }

    /// <summary>The first link of <paramref name="links"/> at or after <paramref name="from"/> that points to a page (.md).</summary>
    public static LinkRef? FirstTypeLink(LinkRef[] links, int from)
    {
        foreach (var link in links)
        {
            if (link.Location.Start < from)
            {
                continue;
            }

            var target = link.Target;
            var hash = target.IndexOf('#');
            var page = hash >= 0 ? target.Substring(0, hash) : target;
            if (page.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("http", StringComparison.OrdinalIgnoreCase) &&
                page.IndexOf("errors", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return link;
            }
        }

        return null;
    }

    private static ResponseInfo Build(PageContext context, ProseItem item, (int? Code, string? Reason, int Start, int End) status)
    {
        var map = context.Map;
        var text = item.Block.Text;
        LocationInfo? statusLocation = status.Code != null ? map.GetLocation(status.Start, status.End - status.Start) : null;
        TypeRef? returnType = null;
        if (item.Links != null)
        {
            if (FirstTypeLink(item.Links, status.Code != null ? status.End : 0) is { } link)
            {
                returnType = ReturnType(map, link, item.Block.Location.Start);
            }
        }

        var mentionsBody = text.IndexOf("response body", StringComparison.OrdinalIgnoreCase) >= 0;
        return new ResponseInfo(status.Code, status.Reason, returnType, mentionsBody, text, item.Block.Location, statusLocation);
    }

    private static TypeRef ReturnType(LineMap map, LinkRef link, int paragraphStart)
    {
        var source = map.Text;
        var linkEnd = link.Location.Start + link.Location.Length;
        var before = Math.Max(paragraphStart, link.Location.Start - 20);
        var collection = source.IndexOf("collection of", before, link.Location.Start - before, StringComparison.OrdinalIgnoreCase) >= 0 ||
            string.Compare(source, linkEnd, " collection", 0, 11, StringComparison.OrdinalIgnoreCase) == 0;
        var raw = source.Substring(link.Location.Start, link.Location.Length) + (collection ? " collection" : string.Empty);
        return TypeCellParser.Parse(raw, new[] { link }, link.Location);
    }

    /// <summary>The first status code in [start, end) of the source: one in backticks, else one followed by a reason.</summary>
    private static (int? Code, string? Reason, int Start, int End) FindStatus(string text, int start, int end)
    {
        (int? Code, string? Reason, int Start, int End) fallback = default;
        for (var i = start; i + 3 <= end; i++)
        {
            if (!IsStatusAt(text, i, end))
            {
                continue;
            }

            var code = (text[i] - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
            var reasonEnd = ReasonEnd(text, i + 3, end);
            var reason = reasonEnd > i + 4 ? text.Substring(i + 4, reasonEnd - i - 4) : null;
            var candidate = ((int?)code, reason, i, reasonEnd);
            if (i > start && text[i - 1] == '`')
            {
                return candidate;
            }

            if (reason != null && fallback.Code == null)
            {
                fallback = candidate;
            }
        }

        return fallback;
    }

    private static bool IsStatusAt(string text, int i, int end) =>
        text[i] >= '1' && text[i] <= '5' && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) &&
        (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '.') &&
        (i + 3 >= end || !char.IsLetterOrDigit(text[i + 3]) && text[i + 3] != '.' && text[i + 3] != ',');

    /// <summary>The end of the reason phrase: capitalised words (or "OK") after the code.</summary>
    private static int ReasonEnd(string text, int position, int end)
    {
        var result = position;
        var i = position;
        while (i + 1 < end && text[i] == ' ' && char.IsUpper(text[i + 1]))
        {
            var j = i + 1;
            while (j < end && (char.IsLetter(text[j]) || text[j] == '-'))
            {
                j++;
            }

            result = j;
            i = j;
        }

        return result;
    }
}
