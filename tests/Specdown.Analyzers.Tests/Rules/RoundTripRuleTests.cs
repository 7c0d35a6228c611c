namespace Specdown.Analyzers.Tests.Rules;

/// <summary>
/// The rules that explain contract-test round-trip failures (docs/conformance.md): SPD0006 (case-only names, legacy
/// OData control names), SPD0007 (strings the DTOs cannot read), SPD0019 (@odata.type needed), SPD0020 (complete
/// responses that omit required properties).
/// </summary>
public sealed class RoundTripRuleTests
{
    private static readonly (string, string)[] Types =
    {
        RuleHarness.Entity,
        Resource("review", "A review. Inherits from [entity](entity.md).", """
            | id | String | The identifier. Inherited from [entity](entity.md). |
            | name | String | The name. Required. |
            | scope | [accessScope](accessscope.md) | What is reviewed. |
            | settings | [reviewSettings](reviewsettings.md) | The settings. |
            | startDate | Date | The first day. |
            | lastSeen | DateTimeOffset | Last seen. |
            | ownerId | Guid | The owner. |
            | key | Binary | The key. |
            | timeout | Duration | The timeout. |
            """, "entity"),
        Resource("accessScope", "What a review covers. This is an abstract type.", "| kind | String | The kind. |"),
        Resource("queryScope", "A scope defined by a query. Inherits from the abstract base type [accessScope](accessscope.md).", "| query | String | The query. |", "accessScope"),
        Resource("reviewSettings", "The settings of a review.", "| enabled | Boolean | On or off. |"),
        Resource("weeklyReviewSettings", "Weekly settings. Inherits from [reviewSettings](reviewsettings.md).", "| dayOfWeek | String | The day. |", "reviewSettings"),
    };

    private static string[] Run(string id, ApiPage page) => RuleHarness.Of(id, Types.Append(page.File).ToArray());

    private static ApiPage Get(string body, string annotation = "\"@odata.type\": \"microsoft.graph.review\"") => new(
        Paths: "GET /reviews/{id}",
        RequestName: "get_review",
        Request: "GET https://graph.microsoft.com/beta/reviews/1",
        RequestBody: "Do not supply a request body for this method.",
        ResponseProse: "If successful, this method returns a `200 OK` response code and a [review](../resources/review.md) object in the response body.",
        ResponseAnnotation: annotation,
        Response: "HTTP/1.1 200 OK\nContent-Type: application/json\n\n" + body);

    [Fact]
    public void SPD0007_reports_strings_that_the_DTOs_cannot_read()
    {
        var page = Get("{\n  \"name\": \"n\",\n  \"startDate\": \"2021-07-01T00:00:00Z\",\n  \"lastSeen\": \"2021-07-01 10:00:00\",\n  \"ownerId\": \"{3fa85f64-5717-4562-b3fc-2c963f66afa6}\",\n  \"key\": \"abc\",\n  \"timeout\": \"datetime-value\"\n}");
        Assert.Equal(
            new[]
            {
                $"{page.At("\"2021-07-01T00")}: Value \"2021-07-01T00:00:00Z\" of 'startDate' does not fit the declared type Date",
                $"{page.At("\"2021-07-01 10")}: Value \"2021-07-01 10:00:00\" of 'lastSeen' does not fit the declared type DateTimeOffset",
                $"{page.At("\"{3fa8")}: Value \"{{3fa85f64-5717-4562-b3fc-2c963f66afa6}}\" of 'ownerId' does not fit the declared type Guid",
                $"{page.At("\"abc\"")}: Value \"abc\" of 'key' does not fit the declared type Binary",
                $"{page.At("\"datetime-value\"")}: Value \"datetime-value\" of 'timeout' does not fit the declared type Duration",
            },
            Run("SPD0007", page));
    }

    [Fact]
    public void SPD0007_accepts_what_the_DTOs_read_and_recognised_placeholders()
    {
        var real = Get("{\n  \"name\": \"Display Name value\",\n  \"startDate\": \"2021-07-01\",\n  \"lastSeen\": \"2021-07-01\",\n  \"ownerId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\n  \"key\": \"AAAA\",\n  \"timeout\": \"PT1H30M\",\n  \"settings\": {\n    \"enabled\": true\n  }\n}");
        var placeholders = Get("{\n  \"name\": \"String\",\n  \"startDate\": \"Date\",\n  \"lastSeen\": \"String (timestamp)\",\n  \"ownerId\": \"String (identifier)\",\n  \"key\": \"\",\n  \"timeout\": \"-P1D\",\n  \"settings\": \"String\"\n}");
        Assert.Empty(Run("SPD0007", real));
        Assert.Empty(Run("SPD0007", placeholders));
    }

    [Fact]
    public void SPD0007_reports_an_array_or_a_string_where_one_object_is_declared()
    {
        var array = Get("{\n  \"name\": \"n\",\n  \"settings\": [\n    {\n      \"enabled\": true\n    }\n  ]\n}");
        var text = Get("{\n  \"name\": \"n\",\n  \"settings\": \"weekly\"\n}");
        Assert.Equal(new[] { $"{array.At("[\n")}: Value […] of 'settings' does not fit the declared type microsoft.graph.reviewSettings" }, Run("SPD0007", array));
        Assert.Equal(new[] { $"{text.At("\"weekly\"")}: Value \"weekly\" of 'settings' does not fit the declared type microsoft.graph.reviewSettings" }, Run("SPD0007", text));
    }

    [Fact]
    public void SPD0006_reports_a_name_that_matches_a_declared_one_only_without_case()
    {
        var page = Get("{\n  \"name\": \"n\",\n  \"OwnerId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\"\n}");
        Assert.Equal(
            new[] { $"{page.At("\"OwnerId\"")}: Property 'OwnerId' is not declared by 'microsoft.graph.review' (it declares 'ownerId'; property names are case-sensitive)" },
            Run("SPD0006", page));
    }

    [Fact]
    public void SPD0006_reports_OData_control_names_written_without_at()
    {
        var list = Get(
            "{\n  \"odata.context\": \"x\",\n  \"@odata.count\": 1,\n  \"value\": [\n    {\n      \"name\": \"n\",\n      \"odata.type\": \"#microsoft.graph.review\"\n    }\n  ],\n  \"odata.nextLink\": \"y\"\n}",
            "\"@odata.type\": \"microsoft.graph.review\",\n  \"isCollection\": true");
        Assert.Equal(
            new[]
            {
                $"{list.At("\"odata.context\"")}: Property 'odata.context' is not declared by 'Collection(microsoft.graph.review)' (OData control information is written '@odata.context')",
                $"{list.At("\"odata.type\"")}: Property 'odata.type' is not declared by 'microsoft.graph.review' (OData control information is written '@odata.type')",
                $"{list.At("\"odata.nextLink\"")}: Property 'odata.nextLink' is not declared by 'Collection(microsoft.graph.review)' (OData control information is written '@odata.nextLink')",
            },
            Run("SPD0006", list));
    }

    [Fact]
    public void SPD0019_reports_an_object_of_an_abstract_type_without_a_concrete_odata_type()
    {
        var none = Get("{\n  \"name\": \"n\",\n  \"scope\": {\n    \"kind\": \"all\",\n    \"query\": \"q\"\n  }\n}");
        var itself = Get("{\n  \"name\": \"n\",\n  \"scope\": {\n    \"@odata.type\": \"#microsoft.graph.accessScope\",\n    \"kind\": \"all\"\n  }\n}");
        var concrete = Get("{\n  \"name\": \"n\",\n  \"scope\": {\n    \"@odata.type\": \"#microsoft.graph.queryScope\",\n    \"query\": \"q\"\n  }\n}");
        Assert.Equal(
            new[] { $"{none.At("{\n    \"kind\"")}: The object is read as 'microsoft.graph.accessScope', which is abstract; add an @odata.type that names the concrete type" },
            Run("SPD0019", none));
        Assert.Equal(
            new[] { $"{itself.At("\"#microsoft.graph.accessScope\"")}: The object is read as 'microsoft.graph.accessScope', which is abstract (its own @odata.type names it); name a concrete type" },
            Run("SPD0019", itself));
        Assert.Empty(Run("SPD0019", concrete));
        Assert.Empty(Run("SPD0006", none));
    }

    [Fact]
    public void SPD0019_reports_a_placeholder_object_of_an_abstract_type()
    {
        var placeholder = Get("{\n  \"name\": \"n\",\n  \"scope\": {\n    \"@odata.type\": \"microsoft.graph.accessScope\"\n  }\n}");
        var concrete = Get("{\n  \"name\": \"n\",\n  \"scope\": {\n    \"@odata.type\": \"microsoft.graph.queryScope\"\n  }\n}");
        Assert.Equal(
            new[] { $"{placeholder.At("\"microsoft.graph.accessScope\"")}: The object is read as 'microsoft.graph.accessScope', which is abstract (its own @odata.type names it); name a concrete type" },
            Run("SPD0019", placeholder));
        Assert.Empty(Run("SPD0019", concrete));
    }

    [Fact]
    public void SPD0019_reports_a_property_only_a_derived_type_declares_when_no_odata_type_names_it()
    {
        var none = Get("{\n  \"name\": \"n\",\n  \"settings\": {\n    \"enabled\": true,\n    \"dayOfWeek\": \"monday\"\n  }\n}");
        var named = Get("{\n  \"name\": \"n\",\n  \"settings\": {\n    \"@odata.type\": \"#microsoft.graph.reviewSettings\",\n    \"dayOfWeek\": \"monday\"\n  }\n}");
        Assert.Equal(
            new[] { $"{none.At("\"dayOfWeek\"")}: The object is read as 'microsoft.graph.reviewSettings', which does not declare 'dayOfWeek' (its derived type 'microsoft.graph.weeklyReviewSettings' does); add an @odata.type that names the concrete type" },
            Run("SPD0019", none));
        Assert.Empty(Run("SPD0006", none));
        Assert.Empty(Run("SPD0019", named));
        Assert.Equal(new[] { $"{named.At("\"dayOfWeek\"")}: Property 'dayOfWeek' is not declared by 'microsoft.graph.reviewSettings'" }, Run("SPD0006", named));
    }

    [Fact]
    public void SPD0019_reports_an_odata_type_unrelated_to_the_declared_type_or_spelled_in_another_case()
    {
        var unrelated = Get("{\n  \"name\": \"n\",\n  \"settings\": {\n    \"@odata.type\": \"#microsoft.graph.queryScope\",\n    \"query\": \"q\"\n  }\n}");
        var cased = Get("{\n  \"name\": \"n\",\n  \"scope\": {\n    \"@odata.type\": \"#Microsoft.Graph.QueryScope\",\n    \"query\": \"q\"\n  }\n}");
        Assert.Equal(
            new[] { $"{unrelated.At("\"#microsoft.graph.queryScope\"")}: The object is read as 'microsoft.graph.reviewSettings', which is not a base type of its @odata.type 'microsoft.graph.queryScope' (no page says it inherits from it); name a type derived from it, or document the inheritance" },
            Run("SPD0019", unrelated));
        Assert.Equal(
            new[] { $"{cased.At("\"#Microsoft.Graph.QueryScope\"")}: The object is read as 'microsoft.graph.accessScope', which ignores the @odata.type 'Microsoft.Graph.QueryScope': type names are case-sensitive (write '#microsoft.graph.queryScope')" },
            Run("SPD0019", cased));
    }

    [Fact]
    public void SPD0019_leaves_the_root_of_a_PATCH_body_to_the_service()
    {
        const string body = "{\n  \"kind\": \"all\"\n}";
        ApiPage Scope(string method) => new(
            Paths: method + " /scopes/{id}",
            RequestName: "scope_" + method,
            RequestBody: "In the request body, supply a JSON representation of an [accessScope](../resources/accessscope.md) object.",
            Request: method + " https://graph.microsoft.com/beta/scopes/1\nContent-Type: application/json\n\n" + body,
            ResponseProse: "If successful, this method returns a `204 No Content` response code.",
            ResponseAnnotation: "\"truncated\": true",
            Response: "HTTP/1.1 204 No Content");
        var patch = Scope("PATCH");
        var put = Scope("PUT");
        Assert.Empty(Run("SPD0019", patch));
        Assert.Equal(new[] { $"{put.At("{\n  \"kind\"")}: The object is read as 'microsoft.graph.accessScope', which is abstract; add an @odata.type that names the concrete type" }, Run("SPD0019", put));
    }

    [Fact]
    public void SPD0020_reports_a_required_property_a_complete_response_omits()
    {
        var complete = Get("{\n  \"id\": \"1\"\n}");
        var truncated = Get("{\n  \"id\": \"1\"\n}", "\"@odata.type\": \"microsoft.graph.review\",\n  \"truncated\": true");
        Assert.Equal(
            new[] { $"{complete.At("{\n  \"id\"")}: The 'microsoft.graph.review' object of this complete response omits 'name', which the type's table marks required; show it or mark the example truncated" },
            Run("SPD0020", complete));
        Assert.Empty(Run("SPD0020", truncated));
        Assert.Empty(Run("SPD0020", Get("{\n  \"id\": \"1\",\n  \"name\": \"n\"\n}")));
    }

    private static (string, string) Resource(string name, string intro, string rows, string? baseType = null) =>
        ($"docs/resources/{name.ToLowerInvariant()}.md", $$"""
        ---
        title: "{{name}} resource type"
        doc_type: resourcePageType
        ---

        # {{name}} resource type

        Namespace: microsoft.graph

        {{intro}}

        ## Properties

        | Property | Type | Description |
        |:---------|:-----|:------------|
        {{rows}}

        ## JSON representation

        <!-- {
          "blockType": "resource",
          "@odata.type": "microsoft.graph.{{name}}"{{(baseType is null ? string.Empty : ",\n  \"baseType\": \"microsoft.graph." + baseType + "\"")}}
        }-->

        ```json
        {
        }
        ```
        """);
}
