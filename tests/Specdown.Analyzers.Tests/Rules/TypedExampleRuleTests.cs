namespace Specdown.Analyzers.Tests.Rules;

/// <summary>SPD0005, SPD0006, SPD0007, SPD0016, SPD0018: examples and request tables against the documented types.</summary>
public sealed class TypedExampleRuleTests
{
    private const string RequiredTable = """
        The following table shows the properties that are required when you create the [chat](../resources/chat.md).

        | Property | Type | Description |
        |:---------|:-----|:------------|
        | topic | String | The topic. |
        | memberCount | Int32 | The number of members. |
        """;

    private static readonly (string, string)[] Types = { RuleHarness.Chat, RuleHarness.Entity };

    private static string[] Run(string id, ApiPage page) => RuleHarness.Of(id, Types.Append(page.File).ToArray());

    private static ApiPage WithResponseBody(string body) =>
        new(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n" + body);

    [Fact]
    public void SPD0005_names_each_required_property_the_request_omits()
    {
        var page = new ApiPage(RequestBody: RequiredTable);
        Assert.Equal(
            new[] { $"{page.At("POST https://graph")}: Request example 'create_chat' omits the required property 'memberCount'" },
            Run("SPD0005", page));
    }

    [Fact]
    public void SPD0005_is_silent_when_the_request_sends_every_required_property()
    {
        var page = new ApiPage(
            RequestBody: RequiredTable,
            Request: "POST https://graph.microsoft.com/beta/chats\nContent-Type: application/json\n\n{\n  \"topic\": \"Hello\",\n  \"memberCount\": 2\n}");
        Assert.Empty(Run("SPD0005", page));
    }

    [Fact]
    public void SPD0006_reports_a_property_the_type_does_not_declare_on_its_name()
    {
        var page = WithResponseBody("{\n  \"id\": \"1\",\n  \"colour\": \"red\",\n  \"@odata.etag\": \"W/1\",\n  \"topic@odata.type\": \"#String\"\n}");
        Assert.Equal(
            new[] { $"{page.At("\"colour\"")}: Property 'colour' is not declared by 'microsoft.graph.chat'" },
            Run("SPD0006", page));
    }

    [Fact]
    public void SPD0006_honours_inherited_properties_and_collections()
    {
        var page = new ApiPage(
            Paths: "GET /chats",
            Request: "GET https://graph.microsoft.com/beta/chats",
            ResponseProse: "If successful, this method returns a `200 OK` response code and a collection of [chat](../resources/chat.md) objects in the response body.",
            ResponseAnnotation: "\"@odata.type\": \"microsoft.graph.chat\",\n  \"isCollection\": true",
            Response: "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"@odata.context\": \"x\",\n  \"value\": [\n    {\n      \"id\": \"1\",\n      \"topic\": \"Hi\"\n    }\n  ]\n}");
        Assert.Empty(Run("SPD0006", page));
        Assert.Empty(Run("SPD0018", page));
    }

    [Fact]
    public void SPD0007_reports_values_that_do_not_fit_on_the_value()
    {
        var page = WithResponseBody("{\n  \"createdDateTime\": \"yesterday\",\n  \"memberCount\": \"two\",\n  \"chatType\": \"triple\"\n}");
        Assert.Equal(
            new[]
            {
                $"{page.At("\"yesterday\"")}: Value \"yesterday\" of 'createdDateTime' does not fit the declared type DateTimeOffset",
                $"{page.At("\"two\"")}: Value \"two\" of 'memberCount' does not fit the declared type Int32",
                $"{page.At("\"triple\"")}: Value \"triple\" of 'chatType' does not fit the declared type microsoft.graph.chatType",
            },
            Run("SPD0007", page));
    }

    [Fact]
    public void SPD0007_accepts_placeholders_iso_dates_and_enum_members()
    {
        var page = WithResponseBody("{\n  \"createdDateTime\": \"String (timestamp)\",\n  \"topic\": \"String\",\n  \"memberCount\": 3,\n  \"chatType\": \"oneOnOne\"\n}");
        var iso = WithResponseBody("{\n  \"createdDateTime\": \"2021-07-01T10:00:00.123Z\",\n  \"chatType\": \"group\"\n}");
        Assert.Empty(Run("SPD0007", page));
        Assert.Empty(Run("SPD0007", iso));
    }

    [Fact]
    public void SPD0016_reports_a_server_assigned_property_required_in_a_create_request()
    {
        var table = RequiredTable.Replace("| topic |", "| id | String | Inherited from [entity](../resources/entity.md). |\n| topic |");
        var typed = new ApiPage(RequestBody: "In the request body, supply a JSON representation of a [chat](../resources/chat.md) object.\n\n" + table);
        Assert.Equal(
            new[] { $"{typed.Path}({typed.Line("| id | String")},1): 'id' is the key and should not be required in a create request" },
            Run("SPD0016", typed));

        // Without a documented body type, the row's own words decide.
        var untyped = new ApiPage(RequestBody: table);
        var found = Assert.Single(Run("SPD0016", untyped));
        Assert.Matches(
            "^" + System.Text.RegularExpressions.Regex.Escape($"{untyped.Path}({untyped.Line("| id | String")},1): 'id' is inherited from ")
                + "(entity|a base type) and assigned by the server and should not be required in a create request$",
            found);
    }

    [Fact]
    public void SPD0016_is_silent_for_client_supplied_required_properties() =>
        Assert.Empty(Run("SPD0016", new ApiPage(RequestBody: RequiredTable)));

    [Fact]
    public void SPD0018_reports_a_single_object_for_a_documented_collection()
    {
        var page = new ApiPage(
            ResponseAnnotation: "\"@odata.type\": \"microsoft.graph.chat\",\n  \"isCollection\": true",
            Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"id\": \"1\"\n}");
        var found = Run("SPD0018", page);
        Assert.Single(found);
        Assert.StartsWith($"{page.Path}({page.Line("\"id\": \"1\"", after: "HTTP/1.1 201") - 1},", found[0]);
        Assert.EndsWith("The response is a single object, but the documented return type is Collection(microsoft.graph.chat)", found[0]);
    }

    [Fact]
    public void SPD0018_reports_an_odata_type_unrelated_to_the_documented_type()
    {
        var page = WithResponseBody("{\n  \"@odata.type\": \"#microsoft.graph.entity\",\n  \"id\": \"1\"\n}");
        Assert.Empty(Run("SPD0018", page));

        var other = new ApiPage(
            ResponseAnnotation: "\"@odata.type\": \"microsoft.graph.chat\"",
            Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\n  \"@odata.type\": \"#microsoft.graph.widget\",\n  \"id\": \"1\"\n}");
        var widget = ("docs/resources/widget.md", RuleHarness.Entity.Item2.Replace("entity", "widget"));
        var found = RuleHarness.Of("SPD0018", Types.Append(widget).Append(other.File).ToArray());
        Assert.Equal(
            new[] { $"{other.At("\"#microsoft.graph.widget\"")}: The response has @odata.type '#microsoft.graph.widget', but the documented return type is microsoft.graph.chat" },
            found);
    }
}
