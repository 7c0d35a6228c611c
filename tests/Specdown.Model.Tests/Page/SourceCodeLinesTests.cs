using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>
/// Top-level fenced code blocks are read from the page text (Markdig does not copy their lines); indented fences and
/// fences in lists keep Markdig's lines. Content and locations are the same either way.
/// </summary>
public class SourceCodeLinesTests
{
    private const string Head = "---\ndoc_type: conceptualPageType\n---\n# T\n\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_top_level_fence_keeps_its_lines_blank_lines_and_tabs(string newline)
    {
        var body = "```json\n{\n\t\"a\": 1,\n\n  \"b\": [ ]\n}\n```\n\nAfter.\n";
        var page = PageParser.Parse("t.md", (Head + body).Replace("\n", newline));
        var code = Assert.Single(page.CodeBlocks);
        Assert.Equal("{\n\t\"a\": 1,\n\n  \"b\": [ ]\n}", code.Content);
        Assert.Equal((6, 12), (code.Location.StartLine, code.Location.EndLine));
        Assert.Equal((7, 1, 11, 2), (code.ContentLocation.StartLine, code.ContentLocation.StartColumn, code.ContentLocation.EndLine, code.ContentLocation.EndColumn));
    }

    [Fact]
    public void An_unclosed_fence_runs_to_the_end_of_the_page_and_is_reported()
    {
        var page = PageParser.Parse("t.md", Head + "```http\nGET /me\n\nmore\n");
        var code = Assert.Single(page.CodeBlocks);
        Assert.False(code.IsClosed);
        Assert.Equal("GET /me\n\nmore", code.Content);
        Assert.Equal(9, code.Location.EndLine);
        Assert.Contains(page.Diagnostics, d => d.Id == "SPD0101" && d.Location.StartLine == 6);
    }

    [Fact]
    public void Empty_indented_and_list_fences_read_the_same_way()
    {
        var page = PageParser.Parse("t.md", Head + "```\n```\n\n  ```\n  a\n   b\n  ```\n\n- item\n\n  ```\n  c\n  ```\n");
        Assert.Equal(new[] { string.Empty, "a\n b", "c" }, page.CodeBlocks.Select(c => c.Content));
        Assert.Equal(new[] { 6, 9, 16 }, page.CodeBlocks.Select(c => c.Location.StartLine));
    }

    [Fact]
    public void A_path_list_under_http_request_is_read_from_the_page_lines()
    {
        var page = PageParser.Parse("t.md", "---\ndoc_type: apiPageType\n---\n# Get chat\n\n## HTTP request\n\n```http\nGET /chats/{chat-id}\n  GET /me/chats/{chat-id}  \n```\n");
        Assert.Equal(new[] { "/chats/{chat-id}", "/me/chats/{chat-id}" }, page.Operation!.Paths.Select(p => p.Template));
        Assert.Equal((10, 3), (page.Operation.Paths[1].Location.StartLine, page.Operation.Paths[1].Location.StartColumn));
    }
}
