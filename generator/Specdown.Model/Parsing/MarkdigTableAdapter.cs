using System.Collections.Generic;
using Markdig.Syntax;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace Specdown.Model.Parsing;

/// <summary>
/// Turns a Markdig table that <see cref="PipeTableBuilder"/> did not build (a table from another extension) into a
/// <see cref="SourceTable"/>: each row's source line is split into cells by <see cref="TableRowSplitter"/>, and the
/// paragraph of each Markdig cell moves into the new table so that it stands for the source cell it overlaps. Runs
/// after Markdig's inline parsing; the Markdig tree is private to the parser.
/// </summary>
internal static class MarkdigTableAdapter
{
    public static SourceTable ToSourceTable(LineMap map, MarkdigTable table)
    {
        var spans = new List<(int Start, int End)>();
        var rows = new List<SourceTableRow>();
        var blocks = new List<Block>();
        foreach (var block in table)
        {
            if (block is not MarkdigTableRow row || row.Span.End < row.Span.Start)
            {
                // Markdig adds an empty row without a source span for a stray "|" line; the ledger covers that line.
                continue;
            }

            var first = spans.Count;
            SplitSourceLine(map, row.Line + 1, row.Span.Start, spans);
            rows.Add(new SourceTableRow(row.Line, row.Span.Start, row.Span.End, first, spans.Count - first));
            foreach (var child in row)
            {
                if (child is MarkdigTableCell cell && cell.Span.End >= cell.Span.Start && FirstLeaf(cell) is { } leaf)
                {
                    blocks.Add(leaf);
                }
            }
        }

        var source = new SourceTable(rows.ToArray(), spans.ToArray());
        foreach (var leaf in blocks)
        {
            leaf.Parent?.Remove(leaf);
            source.Add(leaf);
        }

        source.Line = table.Line;
        source.Column = table.Column;
        source.Span = table.Span;
        return source;
    }

    private static LeafBlock? FirstLeaf(MarkdigTableCell cell)
    {
        foreach (var block in cell)
        {
            if (block is LeafBlock leaf)
            {
                return leaf;
            }
        }

        return null;
    }

    private static void SplitSourceLine(LineMap map, int line, int rowStart, List<(int Start, int End)> spans)
    {
        var text = map.Text;
        var lineStart = map.LineStart(line);
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
}
