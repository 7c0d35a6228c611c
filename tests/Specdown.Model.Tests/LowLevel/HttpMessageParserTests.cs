using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

public class HttpMessageParserTests
{
    /// <summary>Builds the CodeBlock of the first fence of <paramref name="page"/> the way the page parser does.</summary>
    internal static (LineMap Map, CodeBlock Block) Fence(string page, Annotation? annotation = null, string prefix = "")
    {
        var map = new LineMap("p.md", page);
        var open = -1;
        var close = map.LineCount + 1;
        var indent = 0;
        for (var line = 1; line <= map.LineCount; line++)
        {
            var text = map.LineText(line);
            var body = text.Substring(Math.Min(prefix.Length, text.Length)).TrimStart();
            if (!body.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            if (open < 0)
            {
                open = line;
                indent = text.Length - text.Substring(prefix.Length).TrimStart().Length;
            }
            else
            {
                close = line;
                break;
            }
        }

        var lines = new List<string>();
        for (var line = open + 1; line < close && line <= map.LineCount; line++)
        {
            var text = map.LineText(line);
            lines.Add(text.Length >= indent ? text.Substring(indent) : string.Empty);
        }

        var content = string.Join("\n", lines) + "\n";
        var blockLocation = map.GetLocation(map.LineStart(open), map.LineStart(Math.Min(close, map.LineCount)) + map.LineText(Math.Min(close, map.LineCount)).Length - map.LineStart(open));
        var contentLocation = map.GetLocation(map.LineStart(open + 1), 0);
        return (map, new CodeBlock(3, "http", content, annotation, default, "Request", true, blockLocation, contentLocation));
    }

    private static HttpExample? Parse(string page, HttpExampleKind? expected = null, Annotation? annotation = null, string prefix = "")
    {
        var (map, block) = Fence(page, annotation, prefix);
        return HttpMessageParser.Parse(map, block, expected, new List<DiagnosticInfo>());
    }

    private static string Issues(HttpExample example) => string.Join(",", example.SyntaxIssues.Select(i => i.Kind));

    [Fact]
    public void Request_WithHeadersBlankLineAndJsonBody()
    {
        var page = "### Request\n```http\nPOST https://graph.microsoft.com/beta/chats/$ref\nContent-Type: application/json\nContent-length: 116\n\n{\n  \"topic\": \"String\"\n}\n```\n";

        var example = Parse(page, HttpExampleKind.Request)!;

        Assert.Equal(HttpExampleKind.Request, example.Kind);
        Assert.Equal("POST", example.Method);
        Assert.Equal("https://graph.microsoft.com/beta/chats/$ref", example.Url);
        Assert.Equal("/chats/$ref", example.Path);
        Assert.Null(example.HttpVersion);
        Assert.Null(example.StatusCode);
        Assert.Equal(new[] { "Content-Type=application/json", "Content-length=116" }, example.Headers.Select(h => h.Name + "=" + h.Value));
        Assert.Equal("116", example.GetHeader("content-length"));
        Assert.Equal((4, 1), (example.Headers[0].Location.StartLine, example.Headers[0].Location.StartColumn));
        Assert.True(example.BlankLineBeforeBody);
        Assert.Empty(example.SyntaxIssues);
        Assert.Equal("{\n  \"topic\": \"String\"\n}", example.Body);
        Assert.True(example.Json!.IsStrict);
        Assert.Equal("String", example.Json.Root!.GetString("topic"));
        Assert.Equal((8, 3), (example.Json.Root.Members[0].NameLocation.StartLine, example.Json.Root.Members[0].NameLocation.StartColumn));
        Assert.Equal((7, 1, 9, 2), (example.BodyLocation!.Value.StartLine, example.BodyLocation.Value.StartColumn, example.BodyLocation.Value.EndLine, example.BodyLocation.Value.EndColumn));
        Assert.Equal((3, 1), (example.FirstLineLocation.StartLine, example.FirstLineLocation.StartColumn));
        Assert.True(example.IsRecognisedWithoutAnnotation);
        Assert.Equal(3, example.CodeBlockIndex);
    }

    [Fact]
    public void Response_WithoutBlankLineBeforeBody_IsAnIssueOnTheBodyLine()
    {
        var annotation = new Annotation("response", "r1", "microsoft.graph.chat", null, true, EquatableArray<string>.Empty, null, null, null, false,
            EquatableArray<AnnotationEntry>.Empty, true, LocationInfo.FileStart("p.md"));
        var page = "```http\nHTTP/1.1 204 No Content\nContent-Type: application/json\n{\n  \"id\": \"1\"\n}\n```";

        var example = Parse(page, HttpExampleKind.Response, annotation)!;

        Assert.Equal(HttpExampleKind.Response, example.Kind);
        Assert.Equal(204, example.StatusCode);
        Assert.Equal("No Content", example.ReasonPhrase);
        Assert.Equal("HTTP/1.1", example.HttpVersion);
        Assert.False(example.BlankLineBeforeBody);
        var issue = Assert.Single(example.SyntaxIssues);
        Assert.Equal("no-blank-line-before-body", issue.Kind);
        Assert.Equal((4, 1), (issue.Location.StartLine, issue.Location.StartColumn));
        Assert.Equal("1", example.Json!.Root!.GetString("id"));
        Assert.Equal("r1", example.Name);
        Assert.False(example.IsRecognisedWithoutAnnotation);
        Assert.True(example.IsTruncated);
    }

    [Theory]
    [InlineData("HTTP/1.1 204 No Content", 204, "No Content", "HTTP/1.1", "")]
    [InlineData("HTTP/2 200", 200, null, "HTTP/2", "")]
    [InlineData("HTTP 201 Created", 201, "Created", null, "status-line-without-version")]
    [InlineData("http/1.1 404 Not Found", 404, "Not Found", "http/1.1", "")]
    [InlineData("HTTP/1.1 OK", null, "OK", "HTTP/1.1", "status-line-without-code")]
    public void StatusLines(string line, int? code, string? reason, string? version, string issues)
    {
        var example = Parse("```http\n" + line + "\n```")!;

        Assert.Equal(HttpExampleKind.Response, example.Kind);
        Assert.Equal(code, example.StatusCode);
        Assert.Equal(reason, example.ReasonPhrase);
        Assert.Equal(version, example.HttpVersion);
        Assert.Equal(issues, Issues(example));
        Assert.Null(example.Body);
        Assert.Null(example.BodyLocation);
    }

    [Theory]
    [InlineData("GET https://graph.microsoft.com/beta/me/messages?$select=subject", "GET", "https://graph.microsoft.com/beta/me/messages?$select=subject", "/me/messages", null)]
    [InlineData("get /v1.0/users/{id}", "GET", "/v1.0/users/{id}", "/users/{id}", null)]
    [InlineData("GET https://graph.microsoft.com/beta/users?$filter=startswith(displayName, 'a') HTTP/1.1", "GET", "https://graph.microsoft.com/beta/users?$filter=startswith(displayName, 'a')", "/users", "HTTP/1.1")]
    [InlineData("DELETE me/events/{id}", "DELETE", "me/events/{id}", "/me/events/{id}", null)]
    [InlineData("PATCH ~/onPremisesPublishingProfiles/{publishingType}", "PATCH", "~/onPremisesPublishingProfiles/{publishingType}", "/onPremisesPublishingProfiles/{publishingType}", null)]
    [InlineData("POST https://bot.contoso.com/api/calls", "POST", "https://bot.contoso.com/api/calls", "/api/calls", null)]
    [InlineData("GET https://graph.microsoft.com/beta", "GET", "https://graph.microsoft.com/beta", "/", null)]
    [InlineData("GET https://graph.microsoft.com/beta/betaFeatures", "GET", "https://graph.microsoft.com/beta/betaFeatures", "/betaFeatures", null)]
    [InlineData("  Options   /me  ", "OPTIONS", "/me", "/me", null)]
    public void RequestLines(string line, string method, string url, string path, string? version)
    {
        var example = Parse("```http\n" + line + "\n```")!;

        Assert.Equal(HttpExampleKind.Request, example.Kind);
        Assert.Equal(method, example.Method);
        Assert.Equal(url, example.Url);
        Assert.Equal(path, example.Path);
        Assert.Equal(version, example.HttpVersion);
        Assert.Empty(example.SyntaxIssues);
    }

    [Fact]
    public void ExtraBlankLineAfterStatusLine_IsTolerated()
    {
        var example = Parse("```http\nHTTP/1.1 200 OK\n\nContent-type: application/json\n\n{\"a\": 1}\n\n\n```")!;

        Assert.Empty(example.SyntaxIssues);
        Assert.Equal("Content-type", Assert.Single(example.Headers).Name);
        Assert.Equal("{\"a\": 1}", example.Body);
        Assert.True(example.BlankLineBeforeBody);
    }

    [Fact]
    public void LineThatIsNotAHeader_IsAnIssue()
    {
        var example = Parse("```http\nGET /me\nAuthorization Bearer x\nAccept: */*\n```")!;

        var issue = Assert.Single(example.SyntaxIssues);
        Assert.Equal("header-without-colon", issue.Kind);
        Assert.Equal((3, 1, 3, 23), (issue.Location.StartLine, issue.Location.StartColumn, issue.Location.EndLine, issue.Location.EndColumn));
        Assert.Equal("Accept", Assert.Single(example.Headers).Name);
    }

    [Fact]
    public void ListOfRequestLines_WithoutExpectation_IsNotAnExample()
    {
        Assert.Null(Parse("```http\nGET /me/events\nGET /users/{id}/events\n\n```"));
    }

    [Fact]
    public void SecondRequestLine_WithExpectation_IsAnIssue()
    {
        var example = Parse("```http\nGET /me/events\nGET /users/{id}/events\n```", HttpExampleKind.Request)!;

        Assert.Equal("/me/events", example.Path);
        var issue = Assert.Single(example.SyntaxIssues);
        Assert.Equal("additional-request-line", issue.Kind);
        Assert.Equal(3, issue.Location.StartLine);
    }

    [Fact]
    public void JsonFenceUnderResponse_HasNoStatusLine()
    {
        var example = Parse("```json\n{\n  \"value\": []\n}\n```", HttpExampleKind.Response)!;

        Assert.Equal(HttpExampleKind.Response, example.Kind);
        Assert.Null(example.StatusCode);
        Assert.Empty(example.SyntaxIssues);
        Assert.Equal(JsonKind.Array, example.Json!.Root!.Get("value")!.Kind);
    }

    [Theory]
    [InlineData("```\nSome prose in a fence\n```")]
    [InlineData("```json\n{\"a\": 1}\n```")]
    [InlineData("```\n\n\n```")]
    [InlineData("```\nGETX /me\n```")]
    public void Unrecognisable_WithoutExpectation_IsNull(string page)
    {
        Assert.Null(Parse(page));
    }

    [Theory]
    [InlineData("```http\nhttps://graph.microsoft.com/beta/me\n```", HttpExampleKind.Request, "request-line-without-method")]
    [InlineData("```http\nContent-Type: application/json\n\n{}\n```", HttpExampleKind.Response, "missing-status-line")]
    [InlineData("```http\nSome prose\n```", HttpExampleKind.Response, "unrecognised-first-line")]
    [InlineData("```http\nGET /me\n```", HttpExampleKind.Response, "kind-mismatch")]
    [InlineData("```http\n\n```", HttpExampleKind.Request, "empty")]
    public void Departures_WithExpectation_AreIssues(string page, HttpExampleKind expected, string issues)
    {
        var example = Parse(page, expected)!;

        Assert.Equal(issues, Issues(example));
    }

    [Fact]
    public void UrlOnlyRequest_KeepsUrlAndPath()
    {
        var example = Parse("```http\nhttps://graph.microsoft.com/beta/me/photo/$value\n```", HttpExampleKind.Request)!;

        Assert.Null(example.Method);
        Assert.Equal("/me/photo/$value", example.Path);
    }

    [Fact]
    public void NonJsonBody_IsKeptAsText()
    {
        var example = Parse("```http\nHTTP/1.1 200 OK\nContent-Type: text/plain\n\nhello\nworld\n\n```")!;

        Assert.Equal("hello\nworld", example.Body);
        Assert.Null(example.Json);
        Assert.Equal((5, 1, 6, 6), (example.BodyLocation!.Value.StartLine, example.BodyLocation.Value.StartColumn, example.BodyLocation.Value.EndLine, example.BodyLocation.Value.EndColumn));
    }

    [Fact]
    public void IndentedFenceInCrLfPage_HasAbsoluteLocations()
    {
        var page = "1. Step\r\n\r\n   ```http\r\n   GET /me HTTP/1.1\r\n   Accept: */*\r\n\r\n   {\r\n     \"a\": [1,\r\n       2]\r\n   }\r\n   ```\r\n";

        var example = Parse(page)!;

        Assert.Equal((4, 4), (example.FirstLineLocation.StartLine, example.FirstLineLocation.StartColumn));
        Assert.Equal((5, 4), (example.Headers[0].Location.StartLine, example.Headers[0].Location.StartColumn));
        Assert.Equal("{\n  \"a\": [1,\n    2]\n}", example.Body);
        Assert.True(example.Json!.IsStrict);
        var two = example.Json.Root!.Get("a")!.Items[1];
        Assert.Equal((9, 8), (two.Location.StartLine, two.Location.StartColumn));
    }

    [Fact]
    public void FenceInBlockQuote_ReadsJsonWithExactLocations()
    {
        var page = "> ```http\n> HTTP/1.1 200 OK\n>\n> {\n>   \"a\": true,\n>\n>   \"b\": 1\n> }\n> ```\n";

        var example = Parse(page, prefix: "> ")!;

        Assert.Equal(200, example.StatusCode);
        Assert.True(example.Json!.IsStrict);
        var a = example.Json.Root!.Get("a")!;
        Assert.Equal(JsonKind.True, a.Kind);
        Assert.Equal((5, 10), (a.Location.StartLine, a.Location.StartColumn));
        Assert.Equal((7, 5), (example.Json.Root.Members[1].NameLocation.StartLine, example.Json.Root.Members[1].NameLocation.StartColumn));
        Assert.Equal((4, 3, 8, 4), (example.Json.Root.Location.StartLine, example.Json.Root.Location.StartColumn, example.Json.Root.Location.EndLine, example.Json.Root.Location.EndColumn));
        var root = example.Json.Root.Location;
        Assert.Equal("{\n>   \"a\": true,\n>\n>   \"b\": 1\n> }", page.Substring(root.Start, root.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(2)]
    [InlineData(9_999)]
    public void BlockThatDoesNotMatchThePage_StillParsesWithoutThrowing(int contentLine)
    {
        var map = new LineMap("p.md", "# Title\n\nunrelated text\n");
        var where = new LocationInfo("p.md", 0, 0, contentLine, 1, contentLine, 1);
        var block = new CodeBlock(0, "http", "HTTP/1.1 200 OK\n\n{\n  \"a\": [1, 2]\n}\n", null, default, "", true, where, where);

        var example = HttpMessageParser.Parse(map, block, null, new List<DiagnosticInfo>())!;

        Assert.Equal(200, example.StatusCode);
        Assert.True(example.Json!.IsStrict);
        Assert.Equal(2, example.Json.Root!.Get("a")!.Items.Count);
        Assert.InRange(example.Json.Root.Location.Start + example.Json.Root.Location.Length, 0, map.Text.Length);
    }

    [Fact]
    public void RandomBlocks_NeverThrow()
    {
        var random = new Random(7);
        string[] pieces = { "GET ", "HTTP/1.1 ", "200 ", "HTTP ", "https://x/beta/", "{", "}", "[", "\n", "\n\n", ": ", "a", "\"", "...", "\uD800", "> ", "\t" };
        for (var round = 0; round < 1_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var expected in new HttpExampleKind?[] { null, HttpExampleKind.Request, HttpExampleKind.Response })
            {
                var example = Parse("```http\n" + text + "\n```", expected);
                Assert.True(example is not null || expected is null);
            }
        }
    }
}
