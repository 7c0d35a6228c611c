namespace Specdown.Analyzers.Tests.Rules;

/// <summary>
/// The false positives the corpus run showed (docs/conformance.md), each as a small page written for the test, so they
/// stay fixed; each with its true-positive twin where the fix could have hidden real findings.
/// </summary>
public sealed class CorpusRegressionTests
{
    private static readonly (string, string)[] Types = { RuleHarness.Chat, RuleHarness.Entity };

    private static string[] Run(string id, params (string, string)[] pages) => RuleHarness.Of(id, Types.Concat(pages).ToArray());

    [Fact]
    public void SPD0017_include_snippets_are_not_links_to_pages()
    {
        var page = new ApiPage(RequestBody: "Supply a chat.\n\n[!INCLUDE [sample-code](../includes/snippets/csharp/create-chat.md)]\n\nSee [gone](../resources/gone.md).");
        var found = Run("SPD0017", page.File);
        Assert.Equal(new[] { page.At("[gone]") }, found.Select(f => f.Substring(0, f.IndexOf(':'))).ToArray());
    }

    [Fact]
    public void SPD0005_patch_bodies_are_partial()
    {
        const string table = "The following table shows the properties that are required when you create the chat.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| topic | String | The topic. |\n| memberCount | Int32 | Members. |";
        var patch = new ApiPage(Paths: "PATCH /chats/{id}", RequestBody: table, Request: "PATCH https://graph.microsoft.com/beta/chats/1\nContent-Type: application/json\n\n{\n  \"topic\": \"Hello\"\n}");
        var post = new ApiPage(RequestBody: table);
        Assert.Empty(Run("SPD0005", patch.File));
        Assert.Single(Run("SPD0005", post.File));
    }

    [Fact]
    public void SPD0006_a_type_that_says_it_is_open_accepts_any_member()
    {
        var open = ("docs/resources/chat.md", RuleHarness.Chat.Item2.Replace("A chat. Inherits", "A chat. This type is an open type. Inherits"));
        var page = new ApiPage(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"id\": \"1\",\n  \"anything\": 1\n}");
        Assert.Empty(RuleHarness.Of("SPD0006", open, RuleHarness.Entity, page.File));
        Assert.Single(Run("SPD0006", page.File));
    }

    [Fact]
    public void A_single_object_wrapped_in_value_is_one_SPD0018_not_an_undeclared_value()
    {
        var page = new ApiPage(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"value\": {\n    \"id\": \"1\",\n    \"colour\": \"red\"\n  }\n}");
        Assert.Equal(new[] { $"{page.At("\"colour\"")}: Property 'colour' is not declared by 'microsoft.graph.chat'" }, Run("SPD0006", page.File));
        Assert.Equal(
            new[] { $"{page.Path}({page.Line("{\n  \"value\"")},1): The response wraps a single object in 'value', but the documented return type is microsoft.graph.chat" },
            Run("SPD0018", page.File));
    }

    [Fact]
    public void SPD0007_name_value_strings_are_placeholders_only_where_any_string_fits()
    {
        // "x-value" stands for a value where the type takes any string; where it constrains the text (a date-time, a
        // number), neither the contract tests nor a reader of the DTOs can use it (docs/conformance.md, round trips).
        var strings = new ApiPage(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"topic\": \"Topic value\",\n  \"chatType\": \"chatType-value\"\n}");
        var typed = new ApiPage(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"createdDateTime\": \"datetime-value\",\n  \"memberCount\": \"Member Count value\"\n}");
        Assert.Empty(Run("SPD0007", strings.File));
        Assert.Equal(
            new[]
            {
                $"{typed.At("\"datetime-value\"")}: Value \"datetime-value\" of 'createdDateTime' does not fit the declared type DateTimeOffset",
                $"{typed.At("\"Member Count value\"")}: Value \"Member Count value\" of 'memberCount' does not fit the declared type Int32",
            },
            Run("SPD0007", typed.File));
    }

    [Fact]
    public void SPD0010_a_status_named_in_a_response_subsection_is_documented()
    {
        var page = new ApiPage(
            ResponseProse: "### CSV\n\nIf successful, this method returns a `302 Found` response.\n\n### JSON\n\nIf successful, this method returns a `200 OK` response code and a report.",
            Response: "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"id\": \"1\"\n}");
        Assert.Empty(Run("SPD0010", page.File));
    }

    [Fact]
    public void SPD0002_prose_is_judged_per_sentence()
    {
        var page = new ApiPage(
            ResponseProse: "If successful, this method returns `204 No Content` response and empty content. If the request specifies `Prefer: return=representation`, it returns `200 OK` and the updated [chat](../resources/chat.md) object in the response body.",
            Response: "HTTP/1.1 204 No Content");
        Assert.Empty(Run("SPD0002", page.File));
    }

    [Fact]
    public void SPD0015_tables_under_sub_headings_and_types_without_tables_are_not_compared()
    {
        var nested = ("docs/resources/chat.md", RuleHarness.Chat.Item2.Replace(
            "### chatType values",
            "### Properties of a chat policy definition\n\n| Property | Type | Description |\n|:--|:--|:--|\n| PolicyVersion | Int32 | Inside the policy string. |\n\n### chatType values"));
        Assert.Empty(RuleHarness.Of("SPD0015", nested, RuleHarness.Entity));
    }

    [Fact]
    public void SPD0011_partial_namespaces_resolve()
    {
        var term = ("docs/resources/termstore-term.md", RuleHarness.Entity.Item2
            .Replace("Namespace: microsoft.graph", "Namespace: microsoft.graph.termStore")
            .Replace("microsoft.graph.entity", "microsoft.graph.termStore.term")
            .Replace("entity resource type", "term resource type"));
        var column = ("docs/resources/termcolumn.md", RuleHarness.Entity.Item2
            .Replace("microsoft.graph.entity", "microsoft.graph.termColumn")
            .Replace("entity resource type", "termColumn resource type")
            .Replace("| id | String | The identifier. Read-only. Key. |", "| id | String | The identifier. Read-only. Key. |\n| parentTerm | microsoft.graph.termStore.term | The parent. |\n| lostTerm | microsoft.graph.termStore.nothing | Missing. |"));
        var found = RuleHarness.Of("SPD0011", term, column);
        var single = Assert.Single(found);
        Assert.EndsWith("resolves to no page of the doc set", single);
        Assert.Contains("nothing", single);
    }
}
