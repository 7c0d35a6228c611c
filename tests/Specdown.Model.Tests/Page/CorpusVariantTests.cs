using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>Variants met in the real corpus, each on a small page written for the test.</summary>
public class CorpusVariantTests
{
    private const string Api = "---\ndoc_type: apiPageType\n---\n# Do it\n\n";

    [Fact]
    public void Link_definitions_right_after_the_front_matter_are_accounted()
    {
        const string text = "---\ndoc_type: apiPageType\n---\n[thing]: ../resources/thing.md\n\n# Do it\n\nUses [thing][].\n";
        var page = PageParser.Parse("x.md", text);
        Assert.Equal("link-definition", AccountingAssert.CategoryOf(page, 4));
        Assert.Equal("../resources/thing.md", Assert.Single(page.Links).Target);
        AccountingAssert.EveryLineAccounted(page, text);
    }

    [Fact]
    public void A_stray_pipe_line_after_a_table_stays_in_the_table()
    {
        const string text = Api + "## Methods\n\n| Method | Return Type | Description |\n|:--|:--|:--|\n| [List](l.md) | [x](x.md) collection | Lists.\n |\n\n## Next\n";
        var page = PageParser.Parse("x.md", text);
        var table = Assert.Single(page.Tables);
        Assert.Single(table.Rows);
        Assert.Equal("table:Methods", AccountingAssert.CategoryOf(page, 11));
        AccountingAssert.EveryLineAccounted(page, text);
    }

    [Fact]
    public void Name_value_description_request_bodies_take_the_type_from_the_value_column()
    {
        var page = PageParser.Parse("x.md", Api + "## Request body\n\n| Name | Value | Description |\n|:--|:--|:--|\n| comment | string | A comment. Optional. |\n");
        var property = Assert.Single(page.Operation!.RequestBodyProperties);
        Assert.Equal(TableKind.RequestBody, page.Tables[0].Kind);
        Assert.Equal("comment", property.Name);
        Assert.Equal("String", property.Type.Name);
        Assert.True(property.IsOptional);
    }

    [Theory]
    [InlineData("## Query parameters", "| Query parameter | Type | Description |", TableKind.QueryParameters)]
    [InlineData("## Function parameters", "| Parameter | Description |", TableKind.FunctionParameters)]
    [InlineData("## Relationships", "| Relationship name | Type | Description |", TableKind.Relationships)]
    [InlineData("## Derived types", "| Type | Description |", TableKind.Other)]
    [InlineData("## Request headers", "| Header | Value |", TableKind.RequestHeaders)]
    [InlineData("## Permissions", "| Permission type | Permissions (from least to most privileged) |", TableKind.Permissions)]
    [InlineData("### color values", "| Value | Description |", TableKind.EnumValues)]
    [InlineData("## Members", "| Member |", TableKind.EnumValues)]
    public void Header_variants_are_classified(string heading, string header, TableKind expected)
    {
        var columns = header.Count(c => c == '|') - 1;
        var separator = "|" + string.Concat(Enumerable.Repeat("--|", columns));
        var row = "|" + string.Concat(Enumerable.Repeat(" a |", columns));
        var page = PageParser.Parse("x.md", Api + heading + "\n\n" + header + "\n" + separator + "\n" + row + "\n");
        Assert.Equal(expected, Assert.Single(page.Tables).Kind);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0108");
    }

    [Fact]
    public void A_bare_json_body_after_a_response_caption_is_a_response()
    {
        const string text = Api + "## Example\n\n**Request**\n\n```http\nGET https://graph.microsoft.com/beta/things\n```\n\n**Response**\n\nHere is an example of the response.\n\n```json\n{ \"id\": \"1\" }\n```\n";
        var page = PageParser.Parse("x.md", text);
        Assert.Equal(2, page.Examples.Count);
        var response = page.Examples[1];
        Assert.True(response.IsResponse);
        Assert.True(response.IsRecognisedWithoutAnnotation);
        Assert.Equal("1", response.Json!.Root!.GetString("id"));
        Assert.Single(page.ExamplePairs);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0106");
    }

    [Fact]
    public void A_caption_between_an_annotation_and_its_fence_is_tolerated_but_a_heading_is_not()
    {
        const string caption = Api + "## HTTP request\n<!-- { \"blockType\": \"ignored\" } -->\nA user's calendar.\n```http\nGET /me/calendar\n```\n";
        var tolerated = PageParser.Parse("x.md", caption);
        Assert.Equal("ignored", tolerated.CodeBlocks[0].Annotation!.BlockType);
        Assert.DoesNotContain(tolerated.Diagnostics, d => d.Id == "SPD0111");
        const string heading = Api + "## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n### Request\n```http\nGET https://graph.microsoft.com/beta/me\n```\n";
        var orphaned = PageParser.Parse("x.md", heading);
        Assert.Null(orphaned.CodeBlocks[0].Annotation);
        Assert.Contains(orphaned.Diagnostics, d => d.Id == "SPD0111" && d.Location.StartLine == 7);
        Assert.True(orphaned.Examples[0].IsRecognisedWithoutAnnotation);
    }

    [Fact]
    public void Pipes_inside_code_spans_do_not_split_cells()
    {
        const string text = Api + "## Properties\n\n| Property | Type | Description |\n|--|--|--|\n| filter | String | Use `a|b` or `c` here. |\n";
        var page = PageParser.Parse("x.md", text);
        var row = Assert.Single(page.Tables[0].Rows);
        Assert.Equal(3, row.Cells.Count);
        Assert.Equal("Use a|b or c here.", row.Cells[2].Text);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0103");
    }

    [Fact]
    public void Setext_include_lines_closing_a_tab_group_are_not_headings()
    {
        const string text = Api + "## Examples\n\n# [C#](#tab/csharp)\n[!INCLUDE [sample-code](../includes/x.md)]\n---\n\n### Response\n";
        var page = PageParser.Parse("x.md", text);
        Assert.DoesNotContain(page.Headings, h => h.Text.Contains("INCLUDE", StringComparison.Ordinal));
        Assert.Equal("include", AccountingAssert.CategoryOf(page, 9));
        Assert.Equal("tab-switcher", AccountingAssert.CategoryOf(page, 10));
    }

    [Fact]
    public void Lines_after_a_table_row_without_a_blank_line_are_accounted()
    {
        const string text = Api + "## Methods\n\n|Method|Return type|Description|\n|:--|:--|:--|\n|[Delete](d.md)\n  \"openType\": false\n}\n-->\n";
        var page = PageParser.Parse("x.md", text);
        AccountingAssert.EveryLineAccounted(page, text);
    }

    [Fact]
    public void A_fence_opened_inside_an_unclosed_front_matter_is_accounted_to_it()
    {
        const string text = "---\ntitle: x\n```json\n{\n\n# Title\n\nText.\n";
        var page = PageParser.Parse("x.md", text);
        AccountingAssert.EveryLineAccounted(page, text);
        Assert.Contains(page.Diagnostics, d => d.Id == "SPD0104");
        Assert.Equal("diagnostic:SPD0104", AccountingAssert.CategoryOf(page, 8));
    }
}
