using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Syntax;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Specdown.Model.Parsing;

/// <summary>
/// Turns a closed paragraph into a Markdig <see cref="Table"/> when it is a pipe table by Markdig's rules: every line
/// has a column delimiter (a <c>|</c> that is not escaped and not inside a code span) and the second line is a header
/// separator (cells of <c>-</c> with optional <c>:</c>). Returns null otherwise; the paragraph is left untouched.
/// </summary>
internal static class PipeTableBuilder
{
    public static MarkdigTable? TryBuild(ParagraphBlock paragraph)
    {
        var lines = paragraph.Lines;
        if (lines.Count < 2 || !IsSeparatorLine(ref lines.Lines[1]))
        {
            return null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            ref var line = ref lines.Lines[i];
            if (!HasDelimiter(line.Slice.Text, line.Slice.Start, line.Slice.End + 1))
            {
                return null;
            }
        }

        var table = new MarkdigTable();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 1)
            {
                continue;
            }

            var row = BuildRow(ref lines.Lines[i]);
            if (row != null)
            {
                row.IsHeader = i == 0;
                table.Add(row);
            }
        }

        ref var firstLine = ref lines.Lines[0];
        table.Line = firstLine.Line;
        table.Column = firstLine.Column;
        table.Span = new SourceSpan(firstLine.Slice.Start, lines.Lines[lines.Count - 1].Slice.End);
        return table;
    }

    /// <summary>
    /// The row of one source line, with a cell for each cell that has markup; null for a line of pipes and blanks
    /// only (Markdig keeps no row for it either).
    /// </summary>
    private static MarkdigTableRow? BuildRow(ref StringLine line)
    {
        var slice = line.Slice;
        var text = slice.Text;
        var spans = new List<(int Start, int End)>();
        TableRowSplitter.Split(text, slice.Start, slice.End + 1, spans);
        if (AllEmpty(spans))
        {
            return null;
        }

        var row = new SourceTableRow(spans)
        {
            Line = line.Line,
            Column = line.Column,
            Span = new SourceSpan(slice.Start, slice.End),
        };

        foreach (var (start, end) in spans)
        {
            if (end <= start || TableReader.IsPlain(text, start, end))
            {
                // TableReader reads a cell without markup from the source; no Markdig cell is needed for it.
                continue;
            }

            var cellSlice = new StringSlice(text, start, end - 1);
            cellSlice.Trim();
            if (cellSlice.IsEmpty)
            {
                continue;
            }

            var cellParagraph = new ParagraphBlock
            {
                Line = line.Line,
                Column = line.Column + (cellSlice.Start - slice.Start),
                Span = new SourceSpan(cellSlice.Start, cellSlice.End),
            };
            cellParagraph.AppendLine(ref cellSlice, line.Column, line.Line, line.Position, false);
            if (SimpleInlineReader.CanRead(cellParagraph))
            {
                // Text, code spans and plain links only: read from the line, without Markdig's inline pass.
                cellParagraph.ProcessInlines = false;
            }

            var cell = new MarkdigTableCell
            {
                Line = line.Line,
                Column = cellParagraph.Column,
                Span = cellParagraph.Span,
            };
            cell.Add(cellParagraph);
            row.Add(cell);
        }

        return row;
    }

    private static bool AllEmpty(List<(int Start, int End)> spans)
    {
        foreach (var (start, end) in spans)
        {
            if (end > start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether [start, end) holds a <c>|</c> outside code spans and not escaped.</summary>
    private static bool HasDelimiter(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
            }
            else if (c == '`')
            {
                i = TableRowSplitter.SkipCodeSpan(text, i, end);
            }
            else if (c == '|')
            {
                return true;
            }
            else
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>A header separator: cells of optional blanks, optional ':', one or more '-', optional ':', blanks.</summary>
    private static bool IsSeparatorLine(ref StringLine line)
    {
        var text = line.Slice.Text;
        var end = line.Slice.End + 1;
        var cells = 0;
        var pipes = 0;
        var i = line.Slice.Start;
        while (i < end)
        {
            while (i < end && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            if (i < end && text[i] == '|')
            {
                pipes++;
                i++;
                continue;
            }

            if (i >= end)
            {
                break;
            }

            if (text[i] == ':')
            {
                i++;
            }

            var dashes = 0;
            while (i < end && text[i] == '-')
            {
                dashes++;
                i++;
            }

            if (dashes == 0)
            {
                return false;
            }

            if (i < end && text[i] == ':')
            {
                i++;
            }

            while (i < end && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            if (i < end && text[i] != '|')
            {
                return false;
            }

            cells++;
        }

        return cells > 0 && pipes > 0;
    }
}
