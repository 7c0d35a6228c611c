namespace Specdown.Analyzers.Tests.Rules;

/// <summary>SPD0002, SPD0003, SPD0004, SPD0008, SPD0010, SPD0012: rules over the HTTP text of examples.</summary>
public sealed class HttpExampleRuleTests
{
    private static readonly (string, string)[] Types = { RuleHarness.Chat, RuleHarness.Entity };

    private static string[] Run(string id, ApiPage page) => RuleHarness.Of(id, Types.Append(page.File).ToArray());

    [Fact]
    public void SPD0002_reports_a_body_on_a_204_example_and_in_the_prose()
    {
        var page = new ApiPage(
            ResponseProse: "If successful, this method returns a `204 No Content` response code and a [chat](../resources/chat.md) object in the response body.",
            Response: "HTTP/1.1 204 No Content\n\n{\n  \"id\": \"1\"\n}");

        var found = Run("SPD0002", page);

        Assert.Equal(
            new[]
            {
                $"{page.At("204 No Content` response")}: Status 204 cannot carry a body, but the response section says it returns content in the response body",
                $"{page.At("HTTP/1.1 204")}: Status 204 cannot carry a body, but the example has a body",
            },
            found);
    }

    [Fact]
    public void SPD0002_is_silent_for_a_204_without_body_and_a_200_with_one()
    {
        var empty = new ApiPage(
            ResponseProse: "If successful, this method returns a `204 No Content` response code. It does not return anything in the response body.",
            Response: "HTTP/1.1 204 No Content");
        Assert.Empty(Run("SPD0002", empty));
        Assert.Empty(Run("SPD0002", new ApiPage()));
    }

    [Fact]
    public void SPD0003_reports_content_length_matching_neither_lf_nor_crlf()
    {
        // Body "{\n  \"topic\": \"Hello\"\n}": 22 bytes with LF, 24 with CRLF.
        var page = new ApiPage(Request: "POST https://graph.microsoft.com/beta/chats\nContent-Type: application/json\nContent-Length: 99\n\n{\n  \"topic\": \"Hello\"\n}");
        Assert.Equal(
            new[] { $"{page.At("Content-Length: 99")}: Content-Length is 99, but the body is 22 bytes with LF line endings and 24 with CRLF" },
            Run("SPD0003", page));
    }

    [Theory]
    [InlineData(22)]
    [InlineData(24)]
    public void SPD0003_accepts_the_lf_or_the_crlf_length(int length)
    {
        var page = new ApiPage(Request: $"POST https://graph.microsoft.com/beta/chats\nContent-Type: application/json\nContent-Length: {length}\n\n{{\n  \"topic\": \"Hello\"\n}}");
        Assert.Empty(Run("SPD0003", page));
    }

    [Fact]
    public void SPD0004_reports_a_body_that_follows_the_headers_directly()
    {
        var page = new ApiPage(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n{\n  \"id\": \"1\"\n}");
        var found = Run("SPD0004", page);
        Assert.Single(found);
        Assert.StartsWith(page.Path + "(" + page.Line("{\n  \"id\": \"1\"", after: "HTTP/1.1 201") + ",1): Malformed HTTP example:", found[0]);
    }

    [Fact]
    public void SPD0004_is_silent_for_a_well_formed_example() => Assert.Empty(Run("SPD0004", new ApiPage()));

    [Fact]
    public void SPD0008_reports_a_trailing_comma_and_says_it_was_recovered()
    {
        var page = new ApiPage(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"id\": \"1\",\n}");
        var found = Run("SPD0008", page);
        Assert.Single(found);
        Assert.StartsWith(page.Path + "(" + page.Line("\"id\": \"1\",", after: "HTTP/1.1 201") + ",", found[0]);
        Assert.EndsWith("tolerant reading recovered it", found[0]);
    }

    [Fact]
    public void SPD0008_is_silent_for_strict_json() => Assert.Empty(Run("SPD0008", new ApiPage()));

    [Fact]
    public void SPD0010_reports_an_example_status_other_than_the_prose_status()
    {
        var page = new ApiPage(Response: "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"id\": \"1\"\n}");
        Assert.Equal(
            new[] { $"{page.At("HTTP/1.1 200 OK")}: The response section documents status 201, but the example returns 200" },
            Run("SPD0010", page));
    }

    [Fact]
    public void SPD0010_is_silent_when_the_prose_names_the_status_or_the_example_is_an_error()
    {
        var both = new ApiPage(
            ResponseProse: "If successful, this method returns a `201 Created` response code, or `200 OK` when the chat exists.",
            Response: "HTTP/1.1 200 OK\n\n{\n  \"id\": \"1\"\n}");
        var error = new ApiPage(Response: "HTTP/1.1 404 Not Found\n\n{\n  \"error\": {}\n}");
        Assert.Empty(Run("SPD0010", both));
        Assert.Empty(Run("SPD0010", error));
    }

    [Fact]
    public void SPD0012_reports_an_entity_posted_to_a_ref_endpoint()
    {
        var page = new ApiPage(
            Paths: "POST /chats/$ref",
            Request: "POST https://graph.microsoft.com/beta/chats/$ref\nContent-Type: application/json\n\n{\n  \"topic\": \"Hello\"\n}");
        Assert.Equal(
            new[] { $"{page.At("POST https://graph.microsoft.com/beta/chats/$ref")}: 'POST /chats/$ref' is a $ref endpoint, but the example body is an entity instead of an @odata.id reference" },
            Run("SPD0012", page));
    }

    [Fact]
    public void SPD0012_accepts_an_odata_id_reference()
    {
        var page = new ApiPage(
            Paths: "POST /chats/$ref",
            Request: "POST https://graph.microsoft.com/beta/chats/$ref\nContent-Type: application/json\n\n{\n  \"@odata.id\": \"https://graph.microsoft.com/beta/chats/1\"\n}");
        Assert.Empty(Run("SPD0012", page));
    }
}
