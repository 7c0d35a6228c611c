using System;
using Markdig.Syntax;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;
using MarkdigTable = Markdig.Extensions.Tables.Table;

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
        var source = table as SourceTable ?? MarkdigTableAdapter.ToSourceTable(map, table);
        var sourceRows = source.Rows;
        EquatableArray<TableCell> header = EquatableArray<TableCell>.Empty;
        var rows = sourceRows.Length > 1 ? new TableRow[sourceRows.Length - 1] : System.Array.Empty<TableRow>();
        var nextBlock = 0;
        for (var r = 0; r < sourceRows.Length; r++)
        {
            var row = sourceRows[r];
            var cells = ReadCells(context, source, row, ref nextBlock);
            if (r == 0)
            {
                header = cells;
                continue;
            }

            var location = map.GetLineLocation(row.Line + 1);
            if (cells.Length != header.Count)
            {
                context.Report(RuleIds.TableRowCellCount, location, Invariant(cells.Length), Invariant(header.Count));
                cells = Pad(cells, header.Count, location);
            }

            rows[r - 1] = new TableRow(cells, IsGroupRow(cells), location);
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

    private static TableCell[] ReadCells(PageContext context, SourceTable table, SourceTableRow row, ref int nextBlock)
    {
        var map = context.Map;
        var text = map.Text;
        var line = row.Line + 1;
        var lineStart = map.LineStart(line);
        var spans = table.CellSpans;
        var strings = StringTable.ThreadSlots;
        var cells = new TableCell[row.CellCount];
        for (var i = 0; i < cells.Length; i++)
        {
            var (start, end) = spans[row.FirstCell + i];
            var raw = StringTable.Get(strings, text, start, end - start);
            var location = new LocationInfo(map.Path, start, end - start, line, start - lineStart + 1, line, end - lineStart + 1);
            var block = table.CellBlock(ref nextBlock, start, end);
            cells[i] = block == null || IsPlain(raw)
                ? new TableCell(raw, raw, EquatableArray<LinkRef>.Empty, location)
                : ReadCell(context, block, raw, location);
        }

        return cells;
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

    private static TableCell ReadCell(PageContext context, LeafBlock leaf, string raw, LocationInfo location)
    {
        var links = context.LinkScratch;
        links.Clear();
        var text = MarkdigInlines.PlainText(leaf, context.Map, context.Scratch, links);

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

    private static TableCell[] Pad(TableCell[] cells, int count, LocationInfo rowLocation)
    {
        if (cells.Length >= count)
        {
            return cells;
        }

        var padded = new TableCell[count];
        var end = new LocationInfo(rowLocation.FilePath, rowLocation.Start + rowLocation.Length, 0, rowLocation.EndLine, rowLocation.EndColumn, rowLocation.EndLine, rowLocation.EndColumn);
        for (var i = 0; i < count; i++)
        {
            padded[i] = i < cells.Length ? cells[i] : new TableCell(string.Empty, string.Empty, EquatableArray<LinkRef>.Empty, end);
        }

        return padded;
    }

    private static bool IsGroupRow(TableCell[] cells)
    {
        if (cells.Length < 2 || cells[0].Text.Length == 0)
        {
            return false;
        }

        for (var i = 1; i < cells.Length; i++)
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
        while (endLine < map.LineCount && map.LineSpan(endLine + 1).Trim().StartsWith("|".AsSpan(), System.StringComparison.Ordinal))
        {
            endLine++;
        }

        return endLine;
    }

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
