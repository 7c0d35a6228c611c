using System.Collections.Generic;

namespace Specdown.Model.Parsing;

/// <summary>
/// A Markdig table row built by <see cref="PipeTableBuilder"/>, with the source spans of its cells as the builder split
/// them, so that <see cref="TableReader"/> does not split the row a second time.
/// </summary>
internal sealed class SourceTableRow : Markdig.Extensions.Tables.TableRow
{
    public SourceTableRow(List<(int Start, int End)> cellSpans) => CellSpans = cellSpans;

    /// <summary>The cells' [start, end) spans in the page text, trimmed of blanks (empty cells included).</summary>
    public List<(int Start, int End)> CellSpans { get; }
}
