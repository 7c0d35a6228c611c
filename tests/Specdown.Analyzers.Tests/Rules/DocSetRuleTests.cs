namespace Specdown.Analyzers.Tests.Rules;

/// <summary>SPD0009, SPD0011, SPD0013, SPD0014, SPD0015, SPD0017: paths, references, annotations and links.</summary>
public sealed class DocSetRuleTests
{
    private static readonly (string, string)[] Types = { RuleHarness.Chat, RuleHarness.Entity };

    private static string[] Run(string id, params (string, string)[] pages) => RuleHarness.Of(id, Types.Concat(pages).ToArray());

    [Fact]
    public void SPD0009_reports_a_request_matching_no_documented_path()
    {
        var page = new ApiPage(Request: "POST https://graph.microsoft.com/beta/teams/1/chats\nContent-Type: application/json\n\n{\n  \"topic\": \"Hello\"\n}");
        Assert.Equal(
            new[] { $"{page.At("POST https://graph")}: Request 'POST /teams/1/chats' matches none of the documented paths" },
            Run("SPD0009", page.File));
    }

    [Theory]
    [InlineData("GET /users/{id}/chats/{chat-id}", "GET https://graph.microsoft.com/beta/me/chats/19:abc?$top=2")]
    [InlineData("GET /me/chats", "GET https://graph.microsoft.com/v1.0/users/someone@contoso.com/chats")]
    [InlineData("GET /chats/{id}/microsoft.graph.getCount(on={date})", "GET /chats/42/getCount(on=2021-01-01)")]
    [InlineData("GET /drives/{id}/root:/{item-path}:/content", "GET https://graph.microsoft.com/beta/drives/1/root:/a/b.txt:/content")]
    [InlineData("POST /chats", "post https://graph.microsoft.com/beta/CHATS")]
    [InlineData("POST /me/tasks/{id}/complete", "POST https://graph.microsoft.com/beta/me/tasks('AAMkA=')/complete")]
    [InlineData("GET /chats/{chat-id}/messages", "GET https://graph.microsoft.com/beta/chats/19:2da4@thread.v2/messages")]
    public void SPD0009_matches_placeholders_aliases_functions_drive_paths_and_case(string documented, string request)
    {
        var page = new ApiPage(Paths: documented, Request: request);
        Assert.Empty(Run("SPD0009", page.File));
    }

    [Fact]
    public void SPD0009_ignores_requests_to_another_host_than_the_api()
    {
        var page = new ApiPage(Request: "POST https://graph.microsoft.com/beta/chats\nContent-Type: application/json\n\n{\n  \"topic\": \"Hello\"\n}");
        var callback = new ApiPage(
            Path: "docs/api/chat-notify.md",
            RequestName: "notify",
            Request: "POST https://bot.contoso.com/api/calls\nContent-Type: application/json\n\n{\n  \"topic\": \"Hello\"\n}");
        var other = new ApiPage(Path: "docs/api/chat-post-2.md", RequestName: "create_chat_2");
        Assert.Empty(Run("SPD0009", page.File, callback.File, other.File));
    }

    [Fact]
    public void SPD0011_reports_a_type_no_page_documents_and_resolves_one_that_is_in_the_set()
    {
        var widget = ("docs/resources/widget.md", RuleHarness.Entity.Item2
            .Replace("entity", "widget")
            .Replace("| id | String | The identifier. Read-only. Key. |", "| id | String | The identifier. Read-only. Key. |\n| owner | [chat](chat.md) | The owner. |\n| gadget | [gadget](gadget.md) | A gadget. |"));
        var found = Run("SPD0011", widget);
        var line = 1 + widget.Item2.Split('\n').TakeWhile(l => !l.StartsWith("| gadget", StringComparison.Ordinal)).Count();
        Assert.Single(found);
        Assert.StartsWith($"docs/resources/widget.md({line},", found[0]);
        Assert.EndsWith("Type 'gadget' resolves to no page of the doc set", found[0]);
    }

    [Fact]
    public void SPD0013_reports_a_block_annotation_without_block_type()
    {
        var page = new ApiPage().Text.Replace("\"blockType\": \"response\",\n", string.Empty);
        var path = "docs/api/chat-post.md";
        var line = 1 + page.Split('\n').TakeWhile(l => !l.StartsWith("### Response", StringComparison.Ordinal)).Count() + 2;
        Assert.Contains($"{path}({line},1): Annotation problem: the annotation has no blockType", Run("SPD0013", (path, page)));
        Assert.Empty(Run("SPD0013", new ApiPage().File));
    }

    [Fact]
    public void SPD0014_reports_both_examples_sharing_a_name()
    {
        var first = new ApiPage(RequestName: "create_chat");
        var second = first with { Path = "docs/api/chat-post-again.md" };
        var found = Run("SPD0014", first.File, second.File);
        var line = first.Line("<!-- {\n  \"blockType\": \"request\"");
        Assert.Equal(
            new[]
            {
                $"docs/api/chat-post-again.md({line},1): Example name 'create_chat' is also used at docs/api/chat-post.md({line},1)",
                $"docs/api/chat-post.md({line},1): Example name 'create_chat' is also used at docs/api/chat-post-again.md({line},1)",
            },
            found);
        Assert.Empty(Run("SPD0014", first.File, (second with { RequestName = "create_chat_2" }).File));
    }

    [Fact]
    public void SPD0015_reports_representation_and_table_disagreements()
    {
        var chat = RuleHarness.Chat.Item2.Replace("\"memberCount\": 1024", "\"memberCount\": 1024,\n  \"colour\": \"String\"")
            .Replace("  \"topic\": \"String\",\n", string.Empty);
        var lines = chat.Split('\n');
        var colour = 1 + Array.FindIndex(lines, l => l.Contains("\"colour\""));
        var topic = 1 + Array.FindIndex(lines, l => l.StartsWith("| topic", StringComparison.Ordinal));
        Assert.Equal(
            new[]
            {
                $"docs/resources/chat.md({topic},1): 'topic': in the property table of microsoft.graph.chat but missing from its JSON representation",
                $"docs/resources/chat.md({colour},3): 'colour': in the JSON representation of microsoft.graph.chat but in none of its property tables",
            },
            RuleHarness.Of("SPD0015", ("docs/resources/chat.md", chat), RuleHarness.Entity));
        Assert.Empty(RuleHarness.Of("SPD0015", RuleHarness.Chat, RuleHarness.Entity));
    }

    [Fact]
    public void SPD0017_reports_missing_pages_and_anchors_but_not_external_links()
    {
        var page = new ApiPage(RequestBody: "See [chat](../resources/chat.md#properties), [gone](../resources/gone.md), [bad anchor](../resources/chat.md#nothing), [site](/concepts/x.md), [web](https://example.com/a.md), [outside](../../../other.md).");
        Assert.Equal(
            new[]
            {
                $"{page.At("[gone]")}: Link '../resources/gone.md' points to page 'docs/resources/gone.md' that does not exist in the doc set",
                $"{page.At("[bad anchor]")}: Link '../resources/chat.md#nothing' points to an anchor '#nothing' in 'docs/resources/chat.md' that does not exist in the doc set",
            },
            Run("SPD0017", page.File));
    }
}
