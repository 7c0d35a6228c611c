using System.Collections.Generic;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads a Markdig pipe table into a <see cref="DocTable"/>: cells split from the source row (so <see cref="TableCell.Raw"/>
/// is exact), plain text and links from Markdig's inlines, rows with a wrong cell count reported (SPD0103), group rows
/// marked, and the kind decided by <see cref="TableClassifier"/>.
/// </summary>
internal static class TableReader
{
    public static void Read(PageContext context, MarkdigTable table, string? intro)
    {
        var map = context.Map;
        var spans = context.TableSpanScratch;
        EquatableArray<TableCell> header = EquatableArray<TableCell>.Empty;
        var rows = new List<TableRow>(table.Count);
        var headerSeen = false;
        foreach (var block in table)
        {
            if (block is not MarkdigTableRow row || row.Span.End < row.Span.Start)
            {
                // Markdig adds an empty row without a source span for a stray "|" line; the ledger covers that line below.
                continue;
            }

            var cells = ReadCells(context, row, spans);
            if (!headerSeen)
            {
                header = cells;
                headerSeen = true;
                continue;
            }

            var location = RowLocation(map, row);
            if (cells.Count != header.Count)
            {
                context.Report(RuleIds.TableRowCellCount, location, Invariant(cells.Count), Invariant(header.Count));
                cells = Pad(cells, header.Count, location);
            }

            rows.Add(new TableRow(cells, IsGroupRow(cells), location));
        }

        var section = context.Sections.Kind;
        var kind = TableClassifier.Classify(header, section, context.Sections.HeadingText, context.DocTypeKind);
        var tableLocation = context.Span(table.Span.Start, table.Span.End);
        if (kind == TableKind.Unknown)
        {
            context.Report(RuleIds.UnrecognisedTable, tableLocation, HeaderText(header), context.Sections.HeadingText);
        }

        var docTable = new DocTable(kind, context.Sections.HeadingText, header, rows, tableLocation);
        context.Tables.Add(new TableItem(docTable, section, intro));
        context.Ledger.Set(table.Line + 1, LastTableLine(map, tableLocation.EndLine), AccountingCategories.Table(kind));
    }

    private static EquatableArray<TableCell> ReadCells(PageContext context, MarkdigTableRow row, List<(int Start, int End)> spans)
    {
        var map = context.Map;
        var text = map.Text;
        var line = row.Line + 1;
        var lineStart = map.LineStart(line);
        if (row is SourceTableRow split)
        {
            spans = split.CellSpans;
        }
        else
        {
            SplitSourceLine(text, map, line, lineStart, row.Span.Start, spans);
        }

        var cells = new TableCell[spans.Count];
        var markdigCells = context.TableCellScratch;
        markdigCells.Clear();
        foreach (var block in row)
        {
            if (block is MarkdigTableCell cell && cell.Span.End >= cell.Span.Start)
            {
                markdigCells.Add(cell);
            }
        }

        var next = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            var raw = StringTable.Get(text, start, end - start);
            var location = new LocationInfo(map.Path, start, end - start, line, start - lineStart + 1, line, end - lineStart + 1);
            var markdigCell = FindCell(markdigCells, ref next, start, end);
            cells[i] = markdigCell == null || IsPlain(raw)
                ? new TableCell(raw, raw, EquatableArray<LinkRef>.Empty, location)
                : ReadCell(context, markdigCell, raw, location);
        }

        return cells;
    }

    /// <summary>Splits the source line of a row that was not built by <see cref="PipeTableBuilder"/>.</summary>
    private static void SplitSourceLine(string text, LineMap map, int line, int lineStart, int rowStart, List<(int Start, int End)> spans)
    {
        var lineEnd = line < map.LineCount ? map.LineStart(line + 1) : text.Length;
        while (lineEnd > lineStart && (text[lineEnd - 1] == '\n' || text[lineEnd - 1] == '\r'))
        {
            lineEnd--;
        }

        var begin = lineStart;
        while (begin < rowStart && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '>'))
        {
            begin++;
        }

        TableRowSplitter.Split(text, begin, lineEnd, spans);
    }

    /// <summary>The next Markdig cell whose span overlaps the source segment [start, end).</summary>
    private static MarkdigTableCell? FindCell(List<MarkdigTableCell> cells, ref int next, int start, int end)
    {
        for (var i = next; i < cells.Count; i++)
        {
            var span = cells[i].Span;
            if (span.Start < end && span.End + 1 > start)
            {
                next = i + 1;
                return cells[i];
            }

            if (span.Start >= end)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Whether the cell source has no markup at all, so its plain text is the source itself.</summary>
    internal static bool IsPlain(string raw) => IsPlain(raw, 0, raw.Length);

    /// <summary>Whether <paramref name="text"/>[start, end) has no markup at all (no inline Markdown can start in it).</summary>
    internal static bool IsPlain(string text, int start, int end)
    {
        var previousSpace = false;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '*':
                case '_':
                case '`':
                case '[':
                case '<':
                case '&':
                case '\\':
                case '!':
                case '\t':
                case '~':
                    return false;
                case ' ':
                    if (previousSpace)
                    {
                        return false;
                    }

                    previousSpace = true;
                    continue;
            }

            previousSpace = false;
        }

        return true;
    }

    private static TableCell ReadCell(PageContext context, MarkdigTableCell cell, string raw, LocationInfo location)
    {
        var links = context.LinkScratch;
        links.Clear();
        var text = string.Empty;
        foreach (var block in cell)
        {
            if (block is LeafBlock leaf)
            {
                text = MarkdigInlines.PlainText(leaf, context.Map, context.Scratch, links);
                break;
            }
        }

        if (string.Equals(text, raw, System.StringComparison.Ordinal))
        {
            text = raw;
        }

        if (links.Count == 0)
        {
            return new TableCell(text, raw, EquatableArray<LinkRef>.Empty, location);
        }

        var array = links.ToArray();
        context.Links.AddRange(array);
        return new TableCell(text, raw, array, location);
    }

    private static EquatableArray<TableCell> Pad(EquatableArray<TableCell> cells, int count, LocationInfo rowLocation)
    {
        if (cells.Count >= count)
        {
            return cells;
        }

        var padded = new TableCell[count];
        var end = new LocationInfo(rowLocation.FilePath, rowLocation.Start + rowLocation.Length, 0, rowLocation.EndLine, rowLocation.EndColumn, rowLocation.EndLine, rowLocation.EndColumn);
        for (var i = 0; i < count; i++)
        {
            padded[i] = i < cells.Count ? cells[i] : new TableCell(string.Empty, string.Empty, EquatableArray<LinkRef>.Empty, end);
        }

        return padded;
    }

    private static bool IsGroupRow(EquatableArray<TableCell> cells)
    {
        if (cells.Count < 2 || cells[0].Text.Length == 0)
        {
            return false;
        }

        for (var i = 1; i < cells.Count; i++)
        {
            if (cells[i].Raw.Length != 0)
            {
                return false;
            }
        }

        var raw = cells[0].Raw;
        return raw.StartsWith("**", System.StringComparison.Ordinal) || raw.StartsWith("__", System.StringComparison.Ordinal);
    }

    /// <summary>The table's last line, extended over stray pipe-only lines that Markdig keeps in the table without a span.</summary>
    private static int LastTableLine(LineMap map, int endLine)
    {
        while (endLine < map.LineCount && map.LineText(endLine + 1).Trim().StartsWith("|", System.StringComparison.Ordinal))
        {
            endLine++;
        }

        return endLine;
    }

    private static LocationInfo RowLocation(LineMap map, MarkdigTableRow row) => map.GetLineLocation(row.Line + 1);

    private static string HeaderText(EquatableArray<TableCell> header)
    {
        var parts = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            parts[i] = header[i].Text;
        }

        return string.Join("|", parts);
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
