using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

public class PathTemplateParserTests
{
    private static readonly LocationInfo Where = new("api/x.md", 120, 20, 14, 1, 14, 21);

    private static HttpPath Parse(string line) => PathTemplateParser.Parse(line, Where)!;

    /// <summary>Segments as <c>Kind:Text</c>, joined by a space.</summary>
    private static string Shape(HttpPath path) => string.Join(" ", path.Segments.Select(s => s.Kind + ":" + s.Text));

    [Theory]
    [InlineData("GET /me/messages", "GET", "/me/messages", "Literal:me Literal:messages")]
    [InlineData("get /users/{id}", "GET", "/users/{id}", "Literal:users Parameter:{id}")]
    [InlineData("POST /chats/$ref", "POST", "/chats/$ref", "Literal:chats Ref:$ref")]
    [InlineData("GET /me/photo/$value", "GET", "/me/photo/$value", "Literal:me Literal:photo Value:$value")]
    [InlineData("GET /users/$count", "GET", "/users/$count", "Literal:users Count:$count")]
    [InlineData("GET /users/{id}/memberOf/microsoft.graph.group", "GET", "/users/{id}/memberOf/microsoft.graph.group", "Literal:users Parameter:{id} Literal:memberOf Cast:microsoft.graph.group")]
    [InlineData("GET /me/events/delta()", "GET", "/me/events/delta()", "Literal:me Literal:events Function:delta()")]
    [InlineData("GET /reports/getOffice365ActiveUserCounts(period='{period_value}')", "GET", "/reports/getOffice365ActiveUserCounts(period='{period_value}')", "Literal:reports Function:getOffice365ActiveUserCounts(period='{period_value}')")]
    [InlineData("GET /users('{id}')/photo", "GET", "/users('{id}')/photo", "KeyedLiteral:users('{id}') Literal:photo")]
    [InlineData("GET /me/drive/root:/{item-path}:/content", "GET", "/me/drive/root:/{item-path}:/content", "Literal:me Literal:drive DrivePath:root:/{item-path}: Literal:content")]
    [InlineData("GET /drives/{drive-id}/items/{parent-id}:/{filename}:/content", "GET", "/drives/{drive-id}/items/{parent-id}:/{filename}:/content", "Literal:drives Parameter:{drive-id} Literal:items DrivePath:{parent-id}:/{filename}: Literal:content")]
    [InlineData("GET /me/drive/root:/{item-path}", "GET", "/me/drive/root:/{item-path}", "Literal:me Literal:drive DrivePath:root:/{item-path}")]
    [InlineData("GET /drive/root:/{path and filename}:/content?format={format}", "GET", "/drive/root:/{path and filename}:/content", "Literal:drive DrivePath:root:/{path and filename}: Literal:content")]
    [InlineData("DELETE/identity/b2xUserFlows/{userflow-id}", "DELETE", "/identity/b2xUserFlows/{userflow-id}", "Literal:identity Literal:b2xUserFlows Parameter:{userflow-id}")]
    [InlineData("PATCH https://graph.microsoft.com/beta/policies/authenticationFlowsPolicy", "PATCH", "/policies/authenticationFlowsPolicy", "Literal:policies Literal:authenticationFlowsPolicy")]
    [InlineData("GET https://graph.microsoft.com/v1.0/me/insights/shared/{id}/resource", "GET", "/me/insights/shared/{id}/resource", "Literal:me Literal:insights Literal:shared Parameter:{id} Literal:resource")]
    [InlineData("GET /me HTTP/1.1", "GET", "/me", "Literal:me")]
    [InlineData("`GET /me/events`", "GET", "/me/events", "Literal:me Literal:events")]
    [InlineData("  GET /me/events/delta ", "GET", "/me/events/delta", "Literal:me Literal:events Literal:delta")]
    [InlineData("GET /me/drive/items/{item-id}/workbook/worksheets('{id|name}')/range(address='A1:B2')", "GET", "/me/drive/items/{item-id}/workbook/worksheets('{id|name}')/range(address='A1:B2')", "Literal:me Literal:drive Literal:items Parameter:{item-id} Literal:workbook KeyedLiteral:worksheets('{id|name}') Function:range(address='A1:B2')")]
    public void Paths_AreSplitIntoClassifiedSegments(string line, string method, string template, string shape)
    {
        var path = Parse(line);

        Assert.Equal(method, path.Method);
        Assert.Equal(template, path.Template);
        Assert.Equal(shape, Shape(path));
        Assert.Equal(Where, path.Location);
    }

    [Theory]
    [InlineData("GET /users/{id | userPrincipalName}/events", "{id | userPrincipalName}", "id", "id", "id,userPrincipalName")]
    [InlineData("GET /users/{user-id}", "{user-id}", "user-id", "user-id", "")]
    [InlineData("GET /users/{userPrincipalName}", "{userPrincipalName}", "userPrincipalName", "userPrincipalName", "")]
    [InlineData("GET /me/workbook/worksheets/{id|name}", "{id|name}", "id", "id", "id,name")]
    public void Placeholders_AndAlternatives(string line, string text, string name, string parameters, string alternatives)
    {
        var segment = Parse(line).Segments.Single(s => s.Text == text);

        Assert.Equal(PathSegmentKind.Parameter, segment.Kind);
        Assert.Equal(name, segment.Name);
        Assert.Equal(parameters, string.Join(",", segment.Parameters));
        Assert.Equal(alternatives, string.Join(",", segment.Alternatives));
    }

    [Theory]
    [InlineData("GET /reports/getEmailActivityUserDetail(date={date_value})", "getEmailActivityUserDetail", PathSegmentKind.Function, "date_value")]
    [InlineData("GET /x/fn(startDateTime={start},endDateTime={end})", "fn", PathSegmentKind.Function, "start,end")]
    [InlineData("GET /x/filterByCurrentUser(on='reviewer')", "filterByCurrentUser", PathSegmentKind.Function, "")]
    [InlineData("GET /x/delta()", "delta", PathSegmentKind.Function, "")]
    [InlineData("GET /users('{user-id}')", "users", PathSegmentKind.KeyedLiteral, "user-id")]
    [InlineData("GET /items(id)", "items", PathSegmentKind.KeyedLiteral, "id")]
    [InlineData("GET /users('john')", "users", PathSegmentKind.KeyedLiteral, "")]
    public void Calls_NameAndParameters(string line, string name, PathSegmentKind kind, string parameters)
    {
        var segment = Parse(line).Segments.Last();

        Assert.Equal(kind, segment.Kind);
        Assert.Equal(name, segment.Name);
        Assert.Equal(parameters, string.Join(",", segment.Parameters));
    }

    [Theory]
    [InlineData("GET /me/messages?$select=subject", "/me/messages", "$select=subject")]
    [InlineData("GET /accessReviews?$filter=businessFlowTemplateId eq {businessFlowTemplate-id}&$top={pagesize}", "/accessReviews", "$filter=businessFlowTemplateId eq {businessFlowTemplate-id}&$top={pagesize}")]
    [InlineData("GET identityGovernance/x?$filter=originSystem eq 'SharePointOnline' HTTP/1.1", "/identityGovernance/x", "$filter=originSystem eq 'SharePointOnline'")]
    [InlineData("GET /me", "/me", null)]
    public void Query_IsKeptApart(string line, string template, string? query)
    {
        var path = Parse(line);

        Assert.Equal(template, path.Template);
        Assert.Equal(query, path.Query);
    }

    [Theory]
    [InlineData("GET /me", true)]
    [InlineData("GET me/devices/{id}/commands", false)]
    [InlineData("GET policies/claimsMappingPolicies", false)]
    public void LeadingSlash_IsAddedAndRemembered(string line, bool hadLeadingSlash)
    {
        var path = Parse(line);

        Assert.Equal(hadLeadingSlash, path.HadLeadingSlash);
        Assert.StartsWith("/", path.Template);
    }

    [Fact]
    public void ParameterNames_ListsAllPlaceholdersInOrder()
    {
        var path = Parse("GET /users/{user-id}/calendars/{calendar-id}/calendarView(start={s})");

        Assert.Equal(new[] { "user-id", "calendar-id", "s" }, path.ParameterNames);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GET")]
    [InlineData("GET ")]
    [InlineData("GETTING /x")]
    [InlineData("The following request")]
    [InlineData("Content-Type: application/json")]
    [InlineData("{ \"a\": 1 }")]
    [InlineData("GET !!!")]
    public void NotAPathLine_IsNull(string line)
    {
        Assert.Null(PathTemplateParser.Parse(line, Where));
    }

    [Theory]
    [InlineData("GET /{{{{")]
    [InlineData("GET /a/(((/b")]
    [InlineData("GET /a/'unclosed/b")]
    [InlineData("GET /a:/b:/c:")]
    [InlineData("GET /}}}/)))")]
    [InlineData("GET /a//b///")]
    [InlineData("GET /\uD800/x")]
    public void Garbage_NeverThrows(string line)
    {
        var path = PathTemplateParser.Parse(line, Where);

        Assert.NotNull(path);
        Assert.StartsWith("/", path!.Template);
    }
}
