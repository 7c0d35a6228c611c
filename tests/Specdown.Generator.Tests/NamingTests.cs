using Microsoft.CodeAnalysis.CSharp;
using Specdown.Generator.Emitting;
using Specdown.Generator.Naming;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("@odata.type", "OdataType")]
    [InlineData("JIS B4", "JISB4")]
    [InlineData("Photo l 3.5x5in", "PhotoL35x5in")]
    [InlineData("3dView", "_3dView")]
    [InlineData("_private", "Private")]
    [InlineData("class", "Class")]
    [InlineData("", "Value")]
    [InlineData("\u202Ebidi\u202C", "Bidi")]
    [InlineData("iPhone", "IPhone")]
    public void Pascal_case_identifiers_are_valid(string text, string expected)
    {
        var name = IdentifierNames.ToPascalCase(text);
        Assert.Equal(expected, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name));
    }

    [Theory]
    [InlineData("class", "classValue")]
    [InlineData("chat-id", "chatId")]
    [InlineData("User ID", "userID")]
    public void Camel_case_parameters_avoid_keywords(string text, string expected) =>
        Assert.Equal(expected, IdentifierNames.ToCamelCase(text));

    [Theory]
    [InlineData("microsoft.graph", "")]
    [InlineData("microsoft.graph.callRecords", "CallRecords")]
    [InlineData("microsoft.graph.client", "ClientModels")]
    [InlineData("contoso.widgets", "Contoso.Widgets")]
    public void Doc_namespaces_map_under_the_root(string docNamespace, string expected) =>
        Assert.Equal(expected, NamespaceNames.RelativeNamespace(docNamespace));

    [Theory]
    [InlineData("/chats/$ref", "Chats", "chats/$ref", "")]
    [InlineData("/chats/{id}", "Chats", "chats/{chatId}", "chatId")]
    [InlineData("/users/{id | userPrincipalName}/chats/{id}", "Users", "users/{userId}/chats/{chatId}", "userId,chatId")]
    [InlineData("/users('{id}')/drive", "Users", "users('{userId}')/drive", "userId")]
    [InlineData("/me/drive/root:/{item-path}:/content?x=1", "Me", "me/drive/root:/{itemPath}:/content", "itemPath")]
    [InlineData("/a/{id}/b/{id}", "A", "a/{aId}/b/{bId}", "aId,bId")]
    [InlineData("/x/{body}/{class}", "X", "x/{body2}/{classValue}", "body2,classValue")]
    [InlineData("{id}", "Root", "{id}", "id")]
    [InlineData("/x/{text}/{payload}/{url}", "X", "x/{text2}/{payload2}/{url2}", "text2,payload2,url2")]
    public void Routes_get_valid_unique_parameter_names(string template, string group, string route, string parameters)
    {
        var plan = RoutePlan.Create(template);
        Assert.Equal(group, plan.Group);
        Assert.Equal(route, plan.Template);
        Assert.Equal(parameters, string.Join(",", plan.Parameters));
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(plan.Template);
    }

    [Fact]
    public void String_literals_round_trip_through_the_compiler()
    {
        foreach (var value in new[] { HostileModels.Evil, "\"\\", "\u0085\u2028\u2029\uD800", "plain" })
        {
            var literal = CSharpLiteral.String(value);
            var token = SyntaxFactory.ParseToken(literal);
            Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
            Assert.Equal(value, token.ValueText);
            Assert.DoesNotContain(literal, c => c < ' ' || CSharpLiteral.IsInvisible(c));
        }
    }

    [Fact]
    public void Doc_text_is_one_escaped_line()
    {
        var text = CSharpLiteral.DocText("a < b && c > d\r\n</summary>\u202E x\u2028y");
        Assert.Equal("a &lt; b &amp;&amp; c &gt; d &lt;/summary&gt; x y", text);
    }

    [Fact]
    public void Base_url_is_stripped_from_routes()
    {
        var pages = new List<Specdown.Model.PageModel>
        {
            Models.Page("api/a.md", operation: Models.Operation("Get widget", new[] { Models.Path("GET", "/beta/widgets/{id}"), Models.Path("GET", "/betamax/x") }, status: 200)),
        };
        var sources = SpecdownEmitter.Emit(pages, Fixtures.Options with { BaseUrl = "https://graph.microsoft.com/beta/" }, serverAvailable: false);
        var operations = string.Join("\n", sources.Where(s => s.HintName.StartsWith("Operations/", StringComparison.Ordinal)).Select(s => s.HintName));
        Assert.Equal("Operations/BetamaxOperations.g.cs\nOperations/WidgetsOperations.g.cs", operations);
    }
}
