using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>SPD0001: placeholder text such as <c>**TODO: …**</c> or <c>TBD</c> left in front matter, tables or prose.</summary>
internal static class PlaceholderTextRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var entry in page.FrontMatter)
        {
            Report(entry.Value, FrontMatterValueLocation(entry), output);
        }

        foreach (var table in page.Tables)
        {
            foreach (var cell in table.Header)
            {
                Report(cell.Raw, cell.Location, output);
            }

            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    Report(cell.Raw, cell.Location, output);
                }
            }
        }

        foreach (var block in page.TextBlocks)
        {
            // Prose is plain text (markup removed): the line is exact, the column is as close as the text allows.
            Report(block.Text, block.Location, output);
        }
    }

    private static void Report(string text, LocationInfo origin, List<DiagnosticInfo> output)
    {
        if (text.Length == 0 || PlaceholderFinder.Find(text) is not { } found)
        {
            return;
        }

        foreach (var (index, length) in found)
        {
            var location = TextLocations.Within(origin, text, index, length);
            output.Add(DiagnosticInfo.Create(RuleIds.PlaceholderText, location, RuleText.Short(text.Substring(index, length))));
        }
    }

    /// <summary>
    /// Where the value of a front-matter line starts: the entry covers the whole <c>key: "value"</c> line, so the value
    /// is at its end (before a closing quote). Falls back on the entry's own location.
    /// </summary>
    private static LocationInfo FrontMatterValueLocation(FrontMatterEntry entry)
    {
        var location = entry.Location;
        if (location.StartLine != location.EndLine || location.Length < entry.Key.Length + entry.Value.Length + 1)
        {
            return location;
        }

        var gap = location.Length - entry.Key.Length - 1 - entry.Value.Length;
        var closing = gap >= 2 ? 1 : 0;
        var offset = location.Length - entry.Value.Length - closing;
        return new LocationInfo(
            location.FilePath,
            location.Start + offset,
            entry.Value.Length,
            location.StartLine,
            location.StartColumn + offset,
            location.StartLine,
            location.StartColumn + offset + entry.Value.Length);
    }
}
