using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>
/// Which paragraphs become tables (the block-level pipe-table extension of the shared pipeline), and what a table's
/// cells, rows and location hold in the cases Markdig's inline-level extension used to decide.
/// </summary>
public class PipeTableRecognitionTests
{
    private const string Head = "---\ndoc_type: conceptualPageType\n---\n# T\n\n";

    private static PageModel Parse(string body) => PageParser.Parse("t.md", Head + body);

    [Theory]
    [InlineData("|a|b|\n|-|-|\n|1|2|\n")]
    [InlineData("a | b\n--- | ---\n1 | 2\n")]
    [InlineData("| a | b |\n|:--|--:|\n| 1 | 2 |\n")]
    [InlineData("| a | b |\n| :---: | - |\n| 1 | 2 |\n")]
    [InlineData("a | b\n- | -\n1 | 2\n")]
    public void A_paragraph_with_a_header_separator_and_a_pipe_on_every_line_is_a_table(string body)
    {
        var page = Parse(body);
        var table = Assert.Single(page.Tables);
        Assert.Equal(new[] { "a", "b" }, table.Header.Select(c => c.Text));
        var row = Assert.Single(table.Rows);
        Assert.Equal(new[] { "1", "2" }, row.Cells.Select(c => c.Text));
        Assert.DoesNotContain(page.TextBlocks, b => b.Text.Contains('|'));
    }

    [Theory]
    [InlineData("a | b\n1 | 2\n")]
    [InlineData("a | b\nno pipe here\n|-|-|\n")]
    [InlineData("Intro line\n|a|b|\n|-|-|\n")]
    [InlineData("|a|b|\n|-|x|\n")]
    [InlineData("`a|b`\n`-|-`\n")]
    [InlineData("a \\| b\n-\\|-\n")]
    public void Other_paragraphs_with_pipes_stay_prose(string body)
    {
        var page = Parse(body);
        Assert.Empty(page.Tables);
        Assert.Contains(page.TextBlocks, b => b.Kind == TextBlockKind.Paragraph);
    }

    [Fact]
    public void Pipes_in_code_spans_and_escaped_pipes_do_not_split_cells()
    {
        var table = Assert.Single(Parse("|Name|Value|\n|-|-|\n|`a|b`|x \\| y|\n").Tables);
        var row = Assert.Single(table.Rows);
        Assert.Equal(2, row.Cells.Count);
        Assert.Equal("a|b", row.Cells[0].Text);
        Assert.Equal("`a|b`", row.Cells[0].Raw);
        Assert.Equal("x | y", row.Cells[1].Text);
    }

    [Fact]
    public void Cells_with_markup_get_their_inlines_and_exact_link_locations()
    {
        const string body = "|Property|Type|\n|-|-|\n|**id**|[entity](entity.md) collection|\n";
        var page = Parse(body);
        var row = Assert.Single(Assert.Single(page.Tables).Rows);
        Assert.Equal("id", row.Cells[0].Text);
        Assert.Equal("entity collection", row.Cells[1].Text);
        var link = Assert.Single(row.Cells[1].Links);
        Assert.Equal("entity.md", link.Target);
        var text = Head + body;
        Assert.Equal("[entity](entity.md)", text.Substring(link.Location.Start, link.Location.Length));
        Assert.Equal(8, link.Location.StartLine);
        Assert.Equal(9, link.Location.StartColumn);
        Assert.Contains(page.Links, l => l.Target == "entity.md");
    }

    [Fact]
    public void Cells_are_trimmed_of_unicode_blanks_like_markdig_cells()
    {
        var row = Assert.Single(Assert.Single(Parse("|a|b|\n|-|-|\n|Set to `True`.\u202F |x|\n").Tables).Rows);
        Assert.Equal("Set to True.", row.Cells[0].Text);
    }

    [Fact]
    public void A_header_only_table_spans_its_separator_line()
    {
        var table = Assert.Single(Parse("|Property|Type|Description|\n|:---|:---|:---|\n\n## Next\n").Tables);
        Assert.Empty(table.Rows);
        Assert.Equal(6, table.Location.StartLine);
        Assert.Equal(7, table.Location.EndLine);
    }

    [Fact]
    public void A_line_of_pipes_only_adds_no_row_and_is_not_reported()
    {
        var page = Parse("|a|b|\n|-|-|\n|1|2|\n |\n");
        var table = Assert.Single(page.Tables);
        Assert.Single(table.Rows);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0103");
        Assert.Equal(9, table.Location.EndLine);
    }

    [Fact]
    public void Tables_inside_list_items_and_quotes_are_found()
    {
        var page = Parse("- item\n\n  |a|b|\n  |-|-|\n  |1|2|\n\n> |c|d|\n> |-|-|\n> |3|4|\n");
        Assert.Equal(2, page.Tables.Count);
        Assert.Equal("2", page.Tables[0].Rows[0].Cells[1].Text);
        Assert.Equal("4", page.Tables[1].Rows[0].Cells[1].Text);
        Assert.Equal(14, page.Tables[1].Rows[0].Location.StartLine);
    }

    [Fact]
    public void Row_and_cell_locations_are_one_based_source_positions()
    {
        const string body = "| Name | Type |\n|------|------|\n| id   | String |\n";
        var text = Head + body;
        var row = Assert.Single(Assert.Single(Parse(body).Tables).Rows);
        Assert.Equal(8, row.Location.StartLine);
        var type = row.Cells[1];
        Assert.Equal("String", text.Substring(type.Location.Start, type.Location.Length));
        Assert.Equal(10, type.Location.StartColumn);
    }

    [Fact]
    public void A_huge_table_then_a_small_one_on_the_same_thread_are_both_read_whole()
    {
        var rows = string.Concat(Enumerable.Range(0, 3000).Select(i => "|r" + i + "|`v" + i + "`|\n"));
        var huge = Assert.Single(Parse("|Name|Value|\n|-|-|\n" + rows).Tables);
        var small = Assert.Single(Parse("|a|b|c|\n|-|-|-|\n|1|**2**|3|\n").Tables);

        Assert.Equal(3000, huge.Rows.Count);
        Assert.Equal(new[] { "r2999", "v2999" }, huge.Rows[2999].Cells.Select(c => c.Text));
        Assert.Equal("`v2999`", huge.Rows[2999].Cells[1].Raw);
        Assert.Equal(new[] { "a", "b", "c" }, small.Header.Select(c => c.Text));
        Assert.Equal(new[] { "1", "2", "3" }, Assert.Single(small.Rows).Cells.Select(c => c.Text));
    }
}
