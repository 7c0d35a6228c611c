namespace Specdown.Model.Parsing;

/// <summary>
/// One row of a <see cref="SourceTable"/>: its 0-based source line, its span in the page text, and the range of its
/// cells in <see cref="SourceTable.CellSpans"/>.
/// </summary>
internal readonly struct SourceTableRow
{
    public SourceTableRow(int line, int start, int end, int firstCell, int cellCount)
    {
        Line = line;
        Start = start;
        End = end;
        FirstCell = firstCell;
        CellCount = cellCount;
    }

    /// <summary>The 0-based line of the row (Markdig's numbering).</summary>
    public int Line { get; }

    /// <summary>The offset of the row's first character in the page text.</summary>
    public int Start { get; }

    /// <summary>The offset of the row's last character (inclusive, as a Markdig span).</summary>
    public int End { get; }

    public int FirstCell { get; }

    public int CellCount { get; }
}
