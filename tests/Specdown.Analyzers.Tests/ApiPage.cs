namespace Specdown.Analyzers.Tests;

/// <summary>
/// Builds a small API page in the docs' format from its parts, and finds the line and column of a text in it, so tests
/// assert exact locations computed from the fixture rather than copied from the output.
/// </summary>
internal sealed record ApiPage(
    string Paths = "POST /chats",
    string RequestBody = "In the request body, supply a JSON representation of a [chat](../resources/chat.md) object.",
    string ResponseProse = "If successful, this method returns a `201 Created` response code and a [chat](../resources/chat.md) object in the response body.",
    string RequestName = "create_chat",
    string Request = "POST https://graph.microsoft.com/beta/chats\nContent-Type: application/json\n\n{\n  \"topic\": \"Hello\"\n}",
    string ResponseAnnotation = "\"@odata.type\": \"microsoft.graph.chat\"",
    string Response = "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"id\": \"19:abc\",\n  \"topic\": \"Hello\"\n}",
    string Path = "docs/api/chat-post.md")
{
    public string Text => $$"""
        ---
        title: "Create chat"
        doc_type: apiPageType
        ---

        # Create chat

        Namespace: microsoft.graph

        Create a chat.

        ## HTTP request

        <!-- { "blockType": "ignored" } -->
        ```http
        {{Paths}}
        ```

        ## Request body

        {{RequestBody}}

        ## Response

        {{ResponseProse}}

        ## Examples

        ### Request

        <!-- {
          "blockType": "request",
          "name": "{{RequestName}}"
        }-->
        ```http
        {{Request}}
        ```

        ### Response

        <!-- {
          "blockType": "response",
          {{ResponseAnnotation}}
        }-->
        ```http
        {{Response}}
        ```
        """.Replace("\r\n", "\n");

    public (string, string) File => (Path, Text);

    /// <summary>The 1-based line of the first occurrence of <paramref name="marker"/> (after <paramref name="after"/>, if given).</summary>
    public int Line(string marker, string? after = null) => Position(marker, after).Line;

    /// <summary>The 1-based column of the first occurrence of <paramref name="marker"/>.</summary>
    public int Column(string marker, string? after = null) => Position(marker, after).Column;

    /// <summary><c>path(line,col)</c> of the first occurrence of <paramref name="marker"/>.</summary>
    public string At(string marker, string? after = null) => $"{Path}({Line(marker, after)},{Column(marker, after)})";

    private (int Line, int Column) Position(string marker, string? after)
    {
        var text = Text;
        var from = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(from >= 0, "fixture has no '" + after + "'");
        var index = text.IndexOf(marker, from, StringComparison.Ordinal);
        Assert.True(index >= 0, "fixture has no '" + marker + "'");
        var line = 1 + text.Take(index).Count(c => c == '\n');
        var column = index - text.LastIndexOf('\n', Math.Max(0, index - 1)) ;
        if (text.LastIndexOf('\n', Math.Max(0, index - 1)) < 0)
        {
            column = index + 1;
        }

        return (line, column);
    }
}
