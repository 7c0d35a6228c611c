using Specdown.Testing;

namespace Specdown.Testing.Tests;

public class HttpExampleParserTests
{
    [Fact]
    public void Seed_request_is_parsed()
    {
        Assert.True(HttpExampleParser.TryParseRequest(SeedExample.Request, out var request, out var error), error);
        Assert.Equal("POST", request!.Method);
        Assert.Equal("https://graph.microsoft.com/beta/chats/$ref", request.Url);
        Assert.Equal("application/json", request.Header("content-type"));
        Assert.Equal("116", request.Header("Content-Length"));
        Assert.StartsWith("{", request.Body, StringComparison.Ordinal);
        Assert.EndsWith("}", request.Body, StringComparison.Ordinal);
        Assert.Equal(4, request.BodyLine);
    }

    [Fact]
    public void Seed_response_without_blank_line_before_the_body_is_parsed()
    {
        Assert.True(HttpExampleParser.TryParseResponse(SeedExample.Response, out var response, out var error), error);
        Assert.Equal(204, response!.StatusCode);
        Assert.Equal("No Content", response.ReasonPhrase);
        Assert.Single(response.Headers);
        Assert.Contains("\"topic\": \"String\"", response.Body, StringComparison.Ordinal);
        Assert.True(response.StatusForbidsBody);
    }

    [Theory]
    [InlineData("HTTP 201 Created", 201, "Created")]
    [InlineData("HTTP/1.1 200 OK", 200, "OK")]
    [InlineData("http/2 404", 404, "")]
    [InlineData("  HTTP/1.1   202   Accepted  ", 202, "Accepted")]
    public void Status_line_variants_are_read(string line, int status, string reason)
    {
        Assert.True(HttpExampleParser.TryParseResponse(line + "\r\n", out var response, out var error), error);
        Assert.Equal(status, response!.StatusCode);
        Assert.Equal(reason, response.ReasonPhrase);
        Assert.Equal(string.Empty, response.Body);
        Assert.Equal(-1, response.BodyLine);
    }

    [Fact]
    public void Response_that_is_only_json_has_no_status()
    {
        Assert.True(HttpExampleParser.TryParseResponse("\n{\"a\": 1}\n", out var response, out _));
        Assert.Null(response!.StatusCode);
        Assert.Equal("{\"a\": 1}", response.Body);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("HTTP/1.1 twohundred OK", "status line")]
    [InlineData("Created", "status line")]
    public void Unreadable_responses_give_an_error(string text, string expected)
    {
        Assert.False(HttpExampleParser.TryParseResponse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chats/$ref")]
    [InlineData("(POST) https://x")]
    [InlineData("")]
    public void Unreadable_requests_give_an_error(string text)
    {
        Assert.False(HttpExampleParser.TryParseRequest(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Request_line_with_protocol_version_and_crlf()
    {
        Assert.True(HttpExampleParser.TryParseRequest("get /me/messages?$top=5 HTTP/1.1\r\nPrefer: x\r\n", out var request, out _));
        Assert.Equal("GET", request!.Method);
        Assert.Equal("/me/messages?$top=5", request.Url);
        Assert.Equal("x", request.Header("Prefer"));
    }
}
