using Markdig;
using Markdig.Syntax;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>
/// A Markdig table that the block-level builder did not make (Markdig's own pipe-table extension) is read through the
/// same row and cell shape: source spans split once, and the paragraphs of cells with markup kept for their inlines.
/// </summary>
public class MarkdigTableAdapterTests
{
    [Fact]
    public void A_table_from_Markdigs_own_extension_becomes_rows_of_source_spans_with_the_markup_cells_paragraphs()
    {
        const string text = "|Name|Type|\n|-|-|\n|**id**|String|\n|x \\| y|`a|b`|\n";
        var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var table = Assert.IsType<Markdig.Extensions.Tables.Table>(Assert.Single(document));
        var map = new LineMap("t.md", text);

        var source = MarkdigTableAdapter.ToSourceTable(map, table);

        Assert.Equal(3, source.Rows.Length);
        Assert.Equal(new[] { 0, 2, 3 }, source.Rows.Select(r => r.Line));
        var cells = source.Rows.Select(r => Enumerable.Range(r.FirstCell, r.CellCount)
            .Select(i => text.Substring(source.CellSpans[i].Start, source.CellSpans[i].End - source.CellSpans[i].Start)).ToArray()).ToArray();
        Assert.Equal(new[] { "Name", "Type" }, cells[0]);
        Assert.Equal(new[] { "**id**", "String" }, cells[1]);
        Assert.Equal(new[] { "x \\| y", "`a|b`" }, cells[2]);
        Assert.Equal(table.Span, source.Span);

        var next = 0;
        var idStart = text.IndexOf("**id**", StringComparison.Ordinal);
        var id = source.CellBlock(ref next, idStart, idStart + 6);
        Assert.NotNull(id);
        Assert.Equal(idStart, id!.Span.Start);
        Assert.All(source, block => Assert.IsAssignableFrom<LeafBlock>(block));
    }

    [Fact]
    public void A_cell_without_a_paragraph_of_its_own_gets_none()
    {
        const string text = "|a|b|\n|-|-|\n|1|**2**|\n";
        var document = Markdown.Parse(text, PageParser.Pipeline);
        var source = Assert.IsType<SourceTable>(Assert.Single(document));

        var next = 0;
        var (oneStart, oneEnd) = source.CellSpans[source.Rows[1].FirstCell];
        Assert.Null(source.CellBlock(ref next, oneStart, oneEnd));
        var (twoStart, twoEnd) = source.CellSpans[source.Rows[1].FirstCell + 1];
        Assert.NotNull(source.CellBlock(ref next, twoStart, twoEnd));
        Assert.Equal(1, next);
    }
}
