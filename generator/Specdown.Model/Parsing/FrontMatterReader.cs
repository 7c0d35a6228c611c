using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads YAML front matter as the docs write it: <c>key: value</c> lines with optional quotes. Indented or <c>- item</c>
/// lines continue the previous key; comments are skipped; anything else is reported (SPD0104) and kept out.
/// </summary>
internal static class FrontMatterReader
{
    public const string Category = "front-matter";

    /// <summary>
    /// Reads the front matter whose opening fence is on 1-based line <paramref name="openLine"/>, looking for the
    /// closing fence no further than <paramref name="searchEnd"/>. Returns the last line it covers.
    /// </summary>
    public static int Read(PageContext context, int openLine, int searchEnd, bool closedByMarkdig)
    {
        var map = context.Map;
        var entries = context.FrontMatter;
        var closeLine = FindClose(map, openLine, searchEnd, closedByMarkdig);
        var lastContent = closeLine > 0 ? closeLine - 1 : FindUnclosedEnd(map, openLine);
        context.Ledger.Set(openLine, closeLine > 0 ? closeLine : lastContent, Category);
        if (closeLine <= 0)
        {
            context.Report(RuleIds.FrontMatterProblem, map.GetLineLocation(openLine), "the front matter opened here is never closed with '---'");
        }

        for (var line = openLine + 1; line <= lastContent; line++)
        {
            ReadLine(context, entries, line);
        }

        return closeLine > 0 ? closeLine : lastContent;
    }

    private static void ReadLine(PageContext context, List<FrontMatterEntry> entries, int line)
    {
        var map = context.Map;
        var text = map.LineSpan(line);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#')
        {
            return;
        }

        if ((text[0] == ' ' || text[0] == '\t' || trimmed[0] == '-') && entries.Count > 0)
        {
            var previous = entries[entries.Count - 1];
            var value = previous.Value.Length == 0 ? Unquote(trimmed.ToString()) : previous.Value + " " + Unquote(trimmed.ToString());
            entries[entries.Count - 1] = previous with { Value = value, Location = previous.Location.Through(map.GetLineLocation(line)) };
            return;
        }

        var colon = text.IndexOf(':');
        var key = colon > 0 ? StringTable.Get(text.Slice(0, colon).Trim()) : string.Empty;
        if (key.Length == 0 || key.IndexOf(' ') >= 0)
        {
            var location = map.GetLineLocation(line);
            context.Report(RuleIds.FrontMatterProblem, location, "line is not 'key: value': " + Shorten(trimmed.ToString()));
            context.Ledger.Set(line, line, "diagnostic:" + RuleIds.FrontMatterProblem);
            return;
        }

        var raw = text.Slice(colon + 1).Trim();
        if (raw.Length >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[raw.Length - 1] == raw[0])
        {
            raw = raw.Slice(1, raw.Length - 2);
        }

        entries.Add(new FrontMatterEntry(key, StringTable.Get(raw), map.GetLineLocation(line)));
    }

    private static int FindClose(LineMap map, int openLine, int searchEnd, bool closedByMarkdig)
    {
        var last = closedByMarkdig ? searchEnd : map.LineCount;
        for (var line = openLine + 1; line <= last; line++)
        {
            var text = map.LineSpan(line).TrimEnd();
            if (text.SequenceEqual("---".AsSpan()) || text.SequenceEqual("...".AsSpan()))
            {
                return line;
            }
        }

        return 0;
    }

    /// <summary>An unclosed front matter runs while lines look like YAML: up to the first blank line or heading.</summary>
    private static int FindUnclosedEnd(LineMap map, int openLine)
    {
        var line = openLine + 1;
        for (; line <= map.LineCount; line++)
        {
            var text = map.LineSpan(line);
            if (text.Trim().Length == 0 || text[0] == '#' || text[0] == '<')
            {
                break;
            }
        }

        return line - 1;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
        {
            return value.Substring(1, value.Length - 2);
        }

        return value;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
