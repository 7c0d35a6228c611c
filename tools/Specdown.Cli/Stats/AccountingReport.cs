using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Specdown.Cli.Baseline;
using Specdown.Model;

namespace Specdown.Cli.Stats;

/// <summary>
/// Line accounting over the doc set: lines attributed to each category by the parser's <see cref="LineAccount"/> runs,
/// and the non-blank lines that no run covers ("unaccounted": something on the page the model does not represent).
/// </summary>
public sealed class AccountingReport
{
    /// <summary>The category the parser gives to non-blank lines it did not attribute: such lines are not covered.</summary>
    public const string UnaccountedCategory = "unaccounted";

    private readonly SortedDictionary<string, long> _linesByCategory = new(StringComparer.Ordinal);
    private readonly List<UnaccountedLine> _unaccounted = new();

    public long TotalLines { get; private set; }

    public long NonBlankLines { get; private set; }

    public int PageCount { get; private set; }

    public IReadOnlyDictionary<string, long> LinesByCategory => _linesByCategory;

    public IReadOnlyList<UnaccountedLine> Unaccounted => _unaccounted;

    public static AccountingReport Compute(IReadOnlyList<PageModel> pages, IReadOnlyDictionary<string, string> texts)
    {
        var report = new AccountingReport();
        foreach (var page in pages)
        {
            if (texts.TryGetValue(page.Path, out var text))
            {
                report.AddPage(page, text);
            }
        }

        return report;
    }

    private void AddPage(PageModel page, string text)
    {
        PageCount++;
        var starts = SourceLines.ComputeLineStarts(text);
        var lineCount = starts.Count;
        if (lineCount > 0 && starts[lineCount - 1] == text.Length)
        {
            lineCount--; // a final line break does not start another line
        }

        TotalLines += lineCount;
        var covered = new bool[lineCount + 1];
        foreach (var run in page.Accounting)
        {
            var first = Math.Max(1, run.StartLine);
            var last = Math.Min(lineCount, run.EndLine);
            if (last >= first)
            {
                _linesByCategory[run.Category] = (_linesByCategory.TryGetValue(run.Category, out var n) ? n : 0) + (last - first + 1);
                if (run.Category == UnaccountedCategory)
                {
                    continue;
                }

                for (var line = first; line <= last; line++)
                {
                    covered[line] = true;
                }
            }
        }

        for (var line = 1; line <= lineCount; line++)
        {
            var lineText = LineText(text, starts, line);
            if (string.IsNullOrWhiteSpace(lineText))
            {
                continue;
            }

            NonBlankLines++;
            if (!covered[line])
            {
                _unaccounted.Add(new UnaccountedLine(page.Path, line, lineText.Trim()));
            }
        }
    }

    private static string LineText(string text, List<int> starts, int line)
    {
        var start = starts[line - 1];
        var end = line < starts.Count ? starts[line] : text.Length;
        return text.Substring(start, end - start).TrimEnd('\r', '\n');
    }

    public void WriteText(TextWriter writer, int maxListed = 20)
    {
        var inv = CultureInfo.InvariantCulture;
        writer.Write(string.Format(inv, "line accounting: {0} page(s), {1} line(s), {2} non-blank\n", PageCount, TotalLines, NonBlankLines));
        foreach (var category in _linesByCategory)
        {
            writer.Write(string.Format(inv, "  {0,-40} {1,9}\n", category.Key, category.Value));
        }

        writer.Write(string.Format(inv, "unaccounted non-blank lines: {0}\n", _unaccounted.Count));
        for (var i = 0; i < _unaccounted.Count && i < maxListed; i++)
        {
            var line = _unaccounted[i];
            var shown = line.Text.Length > 100 ? line.Text.Substring(0, 100) + "…" : line.Text;
            writer.Write(string.Format(inv, "  {0}({1}): {2}\n", line.Path, line.Line, shown));
        }

        if (_unaccounted.Count > maxListed)
        {
            writer.Write(string.Format(inv, "  … and {0} more\n", _unaccounted.Count - maxListed));
        }
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("pages", PageCount);
        writer.WriteNumber("lines", TotalLines);
        writer.WriteNumber("nonBlankLines", NonBlankLines);
        writer.WriteStartObject("linesByCategory");
        foreach (var category in _linesByCategory)
        {
            writer.WriteNumber(category.Key, category.Value);
        }

        writer.WriteEndObject();
        writer.WriteNumber("unaccountedLineCount", _unaccounted.Count);
        writer.WriteStartArray("unaccountedLines");
        foreach (var line in _unaccounted)
        {
            writer.WriteStartObject();
            writer.WriteString("path", line.Path);
            writer.WriteNumber("line", line.Line);
            writer.WriteString("text", line.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>A non-blank line that no line-accounting run covers.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record UnaccountedLine(string Path, int Line, string Text);
