namespace Specdown.Model.Tests.Page;

/// <summary>Pipe tables: kinds, cells (text, raw, links), wrong cell counts, group rows.</summary>
public class TableTests
{
    private static readonly PageModel Widget = PageTestFiles.Fixture("resource-widget.md");

    [Fact]
    public void Classifies_tables_by_header_and_section()
    {
        Assert.Equal(
            new[] { TableKind.Methods, TableKind.Properties, TableKind.EnumValues, TableKind.Relationships },
            Widget.Tables.Select(t => t.Kind));
        Assert.Equal("widgetSize values", Widget.Tables[2].SectionHeading);
    }

    [Fact]
    public void Marks_group_rows()
    {
        var methods = Widget.Tables[0];
        Assert.True(methods.Rows[0].IsGroupRow);
        Assert.Equal("Widget management", methods.Rows[0].Text(0));
        Assert.False(methods.Rows[1].IsGroupRow);
    }

    [Fact]
    public void Cells_keep_plain_text_raw_source_and_links()
    {
        var rows = Widget.Tables[1].Rows;
        var size = rows[1];
        Assert.Equal("[widgetSize](#widgetsize-values)", size.Cells[1].Raw);
        Assert.Equal("widgetSize", size.Cells[1].Text);
        var link = Assert.Single(size.Cells[1].Links);
        Assert.Equal("#widgetsize-values", link.Target);
        Assert.Equal("The size. Not nullable.", size.Cells[2].Text);
        var formula = rows[2];
        Assert.Equal("Written as a|b in cells. Nullable.", formula.Cells[2].Text);
        Assert.Equal("Written as `a\\|b` in cells. Nullable.", formula.Cells[2].Raw);
        var parts = rows[4];
        Assert.Equal("part.md", Assert.Single(parts.Cells[1].Links).Target);
    }

    [Fact]
    public void Cell_locations_point_at_the_source()
    {
        var text = PageTestFiles.Read("Fixtures/resource-widget.md");
        foreach (var row in Widget.Tables[1].Rows)
        {
            foreach (var cell in row.Cells.Where(c => c.Raw.Length > 0))
            {
                Assert.Equal(cell.Raw, text.Substring(cell.Location.Start, cell.Location.Length));
            }
        }
    }

    [Fact]
    public void Rows_with_a_wrong_cell_count_are_reported_and_padded_or_kept()
    {
        var rows = Widget.Tables[1].Rows;
        var shortRow = rows[5];
        Assert.Equal(3, shortRow.Cells.Count);
        Assert.Equal(string.Empty, shortRow.Text(2));
        var longRow = rows[6];
        Assert.Equal(4, longRow.Cells.Count);
        Assert.Equal("unexpected", longRow.Text(3));
        var counts = Widget.Diagnostics.Where(d => d.Id == "SPD0103").ToList();
        Assert.Equal(2, counts.Count);
        Assert.Equal(shortRow.Location.StartLine, counts[0].Location.StartLine);
        Assert.Equal(new[] { "2", "3" }, counts[0].Arguments);
    }

    [Fact]
    public void Unknown_tables_in_schema_sections_are_reported()
    {
        var page = Specdown.Model.Parsing.PageParser.Parse("x.md", "---\ndoc_type: apiPageType\n---\n# T\n## Request body\n\n|Foo|Bar|\n|-|-|\n|a|b|\n");
        var table = Assert.Single(page.Tables);
        Assert.Equal(TableKind.Unknown, table.Kind);
        Assert.Contains(page.Diagnostics, d => d.Id == "SPD0108" && d.Location.StartLine == 7);
    }

    [Fact]
    public void Other_tables_in_prose_sections_are_not_errors()
    {
        var page = Specdown.Model.Parsing.PageParser.Parse("x.md", "---\ndoc_type: conceptualPageType\n---\n# T\n## Overview\n\n|Scenario|Link|\n|-|-|\n|a|b|\n");
        Assert.Equal(TableKind.Other, Assert.Single(page.Tables).Kind);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0108");
    }
}
