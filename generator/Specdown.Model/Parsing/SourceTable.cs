using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// A pipe table as <see cref="PipeTableBuilder"/> recognised it: its rows and the source spans of their cells, split
/// once. Its Markdig children are only the paragraphs of the cells that have markup, in source order, so that Markdig
/// parses their inlines; cells without markup are read from the source by <see cref="TableReader"/>.
/// </summary>
internal sealed class SourceTable : Markdig.Extensions.Tables.Table
{
    public SourceTable(SourceTableRow[] rows, (int Start, int End)[] cellSpans)
    {
        Rows = rows;
        CellSpans = cellSpans;
    }

    /// <summary>The rows in source order, the header row first (the separator line has no row).</summary>
    public SourceTableRow[] Rows { get; }

    /// <summary>The cells' [start, end) spans in the page text, trimmed of blanks (empty cells included).</summary>
    public (int Start, int End)[] CellSpans { get; }

    /// <summary>The paragraph Markdig parsed for the cell at [start, end), or null for a cell read from the source.</summary>
    /// <param name="next">The index of the first child not matched yet; cells are asked for in source order.</param>
    public LeafBlock? CellBlock(ref int next, int start, int end)
    {
        for (var i = next; i < Count; i++)
        {
            var span = this[i].Span;
            if (span.Start < end && span.End + 1 > start)
            {
                next = i + 1;
                return this[i] as LeafBlock;
            }

            if (span.Start >= end)
            {
                break;
            }
        }

        return null;
    }
}
