using System;
using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Syntax;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace Specdown.Model.Parsing;

/// <summary>
/// Turns a closed paragraph into a Markdig <see cref="Table"/> when it is a pipe table by Markdig's rules: every line
/// has a column delimiter (a <c>|</c> that is not escaped and not inside a code span) and the second line is a header
/// separator (cells of <c>-</c> with optional <c>:</c>). Returns null otherwise; the paragraph is left untouched.
/// </summary>
internal static class PipeTableBuilder
{
    [ThreadStatic]
    private static List<(int Start, int End)>? _spans;

    [ThreadStatic]
    private static List<SourceTableRow>? _rows;

    [ThreadStatic]
    private static List<ParagraphBlock>? _cells;

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

        var spans = _spans ??= new List<(int Start, int End)>();
        var rows = _rows ??= new List<SourceTableRow>();
        var cells = _cells ??= new List<ParagraphBlock>();
        spans.Clear();
        rows.Clear();
        cells.Clear();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i != 1)
            {
                AddRow(ref lines.Lines[i], spans, rows, cells);
            }
        }

        var table = new SourceTable(rows.ToArray(), spans.ToArray());
        foreach (var cell in cells)
        {
            table.Add(cell);
        }

        cells.Clear();
        ref var firstLine = ref lines.Lines[0];
        table.Line = firstLine.Line;
        table.Column = firstLine.Column;
        table.Span = new SourceSpan(firstLine.Slice.Start, lines.Lines[lines.Count - 1].Slice.End);
        return table;
    }

    /// <summary>
    /// Adds the row of one source line, with a paragraph for each cell that has markup; no row for a line of pipes and
    /// blanks only (Markdig keeps no row for it either).
    /// </summary>
    private static void AddRow(ref StringLine line, List<(int Start, int End)> spans, List<SourceTableRow> rows, List<ParagraphBlock> cells)
    {
        var slice = line.Slice;
        var text = slice.Text;
        var first = spans.Count;
        TableRowSplitter.Split(text, slice.Start, slice.End + 1, spans);
        if (AllEmpty(spans, first))
        {
            spans.RemoveRange(first, spans.Count - first);
            return;
        }

        rows.Add(new SourceTableRow(line.Line, slice.Start, slice.End, first, spans.Count - first));
        for (var i = first; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            if (end <= start || TableReader.IsPlain(text, start, end))
            {
                // TableReader reads a cell without markup from the source; no Markdig paragraph is needed for it.
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
            cellParagraph.Lines = new StringLineGroup(1);
            cellParagraph.AppendLine(ref cellSlice, line.Column, line.Line, line.Position, false);
            if (SimpleInlineReader.CanRead(cellParagraph))
            {
                // Text, code spans and plain links only: read from the line, without Markdig's inline pass.
                cellParagraph.ProcessInlines = false;
            }

            cells.Add(cellParagraph);
        }
    }

    private static bool AllEmpty(List<(int Start, int End)> spans, int first)
    {
        for (var i = first; i < spans.Count; i++)
        {
            if (spans[i].End > spans[i].Start)
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
