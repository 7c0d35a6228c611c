using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>Front matter, headings, page kinds, prose and links, each on a small page.</summary>
public class ParserBasicsTests
{
    [Fact]
    public void Front_matter_strips_quotes_and_reports_malformed_lines()
    {
        var page = PageParser.Parse("x.md", "---\ntitle: \"Quoted\"\nms.prod: 'single'\nnot a pair\n---\n# Quoted\n");
        Assert.Equal("Quoted", page.GetFrontMatter("title"));
        Assert.Equal("single", page.GetFrontMatter("ms.prod"));
        var problem = Assert.Single(page.Diagnostics, d => d.Id == "SPD0104");
        Assert.Equal(4, problem.Location.StartLine);
        Assert.Equal("diagnostic:SPD0104", AccountingAssert.CategoryOf(page, 4));
    }

    [Fact]
    public void Unclosed_front_matter_is_read_and_reported()
    {
        const string text = "---\ntitle: Open\ndoc_type: apiPageType\n\n# Open\n\n## HTTP request\n";
        var page = PageParser.Parse("x.md", text);
        Assert.Equal("apiPageType", page.DocType);
        Assert.Equal(PageKind.Api, page.Kind);
        Assert.Equal("Open", page.Title);
        Assert.Contains(page.Diagnostics, d => d.Id == "SPD0104" && d.Location.StartLine == 1);
        AccountingAssert.EveryLineAccounted(page, text);
    }

    [Fact]
    public void Missing_front_matter_and_title_are_reported_and_kind_is_inferred()
    {
        var page = PageParser.Parse("x.md", "Some text.\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|a|String|b|\n");
        Assert.Equal(PageKind.Resource, page.Kind);
        Assert.Contains(page.Diagnostics, d => d.Id == "SPD0104");
        Assert.Contains(page.Diagnostics, d => d.Id == "SPD0105");
        var kind = Assert.Single(page.Diagnostics, d => d.Id == "SPD0110");
        Assert.Equal(new[] { string.Empty, "Resource" }, kind.Arguments);
        Assert.Null(page.Title);
    }

    [Theory]
    [InlineData("apiPageType", PageKind.Api)]
    [InlineData("\"apiPageType\" ", PageKind.Api)]
    [InlineData("ResourcePageType_", PageKind.Resource)]
    [InlineData("enumPageType", PageKind.Enum)]
    [InlineData("conceptualPageType", PageKind.Conceptual)]
    public void Doc_type_variants_are_recognised(string docType, PageKind expected)
    {
        var page = PageParser.Parse("x.md", "---\ndoc_type: " + docType + "\n---\n# T\n");
        Assert.Equal(expected, page.Kind);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0110");
    }

    [Fact]
    public void Unknown_doc_type_is_inferred_from_the_content()
    {
        var page = PageParser.Parse("x.md", "---\ndoc_type: enumTypes\n---\n# T\n\n## HTTP request\n\n```http\nGET /things\n```\n");
        Assert.Equal(PageKind.Api, page.Kind);
        Assert.Contains(page.Diagnostics, d => d.Id == "SPD0110" && d.Location.StartLine == 2);
    }

    [Fact]
    public void Headings_get_kinds_and_unique_github_anchors()
    {
        var page = PageParser.Parse("x.md", "# Title\n## HTTP Request\n## Request headers\n## Examples\n### Example 1: Get it!\n#### Request\n#### Response\n### Example 2\n#### Response\n## chatType values\n## See also\n");
        Assert.Equal(
            new[] { SectionKind.Title, SectionKind.HttpRequest, SectionKind.RequestHeaders, SectionKind.Examples, SectionKind.Examples, SectionKind.Request, SectionKind.ResponseExample, SectionKind.Examples, SectionKind.ResponseExample, SectionKind.EnumValues, SectionKind.SeeAlso },
            page.Headings.Select(h => h.Kind));
        Assert.Equal("example-1-get-it", page.Headings[4].Anchor);
        Assert.Equal("response", page.Headings[6].Anchor);
        Assert.Equal("response-1", page.Headings[8].Anchor);
        Assert.Equal("http-request", page.Headings[1].Anchor);
    }

    [Fact]
    public void Response_heading_before_examples_is_the_response_section()
    {
        var page = PageParser.Parse("x.md", "# T\n## Response\n### Response for a thing\n## Example\n### Response\n");
        Assert.Equal(new[] { SectionKind.Title, SectionKind.Response, SectionKind.Response, SectionKind.Examples, SectionKind.ResponseExample }, page.Headings.Select(h => h.Kind));
    }

    [Fact]
    public void Several_real_h1_are_reported()
    {
        var page = PageParser.Parse("x.md", "---\ndoc_type: apiPageType\n---\n# One\n\n# [HTTP](#tab/http)\n\n# Two\n");
        Assert.Equal("One", page.Title);
        var problem = Assert.Single(page.Diagnostics, d => d.Id == "SPD0105");
        Assert.Equal(8, problem.Location.StartLine);
    }

    [Fact]
    public void Prose_list_items_quotes_html_and_links_are_kept()
    {
        const string text = "# T\n\nSee [a](a.md) and [b][ref].\n\n- item [c](c.md)\n  more\n\n> **Note:** [d](https://x/d)\n\n<div>html</div>\n\n[!INCLUDE [x](../x.md)]\n\n[ref]: b.md\n";
        var page = PageParser.Parse("x.md", text);
        Assert.Equal(new[] { "a.md", "b.md", "c.md", "https://x/d", "../x.md" }, page.Links.Select(l => l.Target));
        Assert.Equal(new[] { "a", "b", "c", "d", "x" }, page.Links.Select(l => l.Text));
        Assert.Equal(
            new[] { TextBlockKind.Paragraph, TextBlockKind.ListItem, TextBlockKind.Quote, TextBlockKind.Html, TextBlockKind.Include },
            page.TextBlocks.Select(b => b.Kind));
        Assert.Equal("item c more", page.TextBlocks[1].Text);
        Assert.Equal("Note: d", page.TextBlocks[2].Text);
        var link = page.Links[0];
        Assert.Equal("[a](a.md)", text.Substring(link.Location.Start, link.Location.Length));
        AccountingAssert.EveryLineAccounted(page, text);
    }
}
