using Specdown.Testing;

namespace Specdown.Testing.Tests;

public class RequestBuilderTests
{
    [Theory]
    [InlineData("https://graph.microsoft.com/beta/chats/$ref", "/chats/$ref")]
    [InlineData("https://graph.microsoft.com/v1.0/me/events?$select=subject", "/me/events?$select=subject")]
    [InlineData("https://graph.microsoft.com/beta", "/")]
    [InlineData("https://graph.microsoft.com/betamax/items", "/betamax/items")]
    [InlineData("/beta/users/{id}", "/users/{id}")]
    [InlineData("users/{id}", "/users/{id}")]
    [InlineData("https://graph.microsoft.com/beta/users?$filter=startswith(displayName, 'a')", "/users?$filter=startswith(displayName,%20'a')")]
    public void Docs_urls_become_target_relative_paths(string url, string expected)
    {
        Assert.Equal(expected, RequestBuilder.TargetPath(url));
    }

    [Fact]
    public void Version_stripping_is_configurable()
    {
        var keep = ReplayOptions.Default with { StripVersionSegment = false };
        Assert.Equal("/beta/chats", RequestBuilder.TargetPath("https://graph.microsoft.com/beta/chats", keep));
        var custom = ReplayOptions.Default with { VersionSegments = new[] { "api/v2" } };
        Assert.Equal("/chats", RequestBuilder.TargetPath("https://example.com/api/v2/chats", custom));
    }

    [Fact]
    public async Task Seed_request_is_built_with_sample_values_and_recomputed_length()
    {
        HttpExampleParser.TryParseRequest(SeedExample.Request, out var documented, out _);
        using var request = RequestBuilder.Build(documented!);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/chats/$ref", request.RequestUri!.OriginalString);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        var body = await request.Content.ReadAsStringAsync();
        Assert.Equal("{\"@odata.type\":\"#microsoft.graph.chat\",\"topic\":\"string\",\"lastUpdatedDateTime\":\"2021-01-01T00:00:00Z\"}", body);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(body), request.Content.Headers.ContentLength);
    }

    [Fact]
    public void Authorization_is_kept_unless_dropped()
    {
        HttpExampleParser.TryParseRequest("GET https://graph.microsoft.com/beta/me\nAuthorization: Bearer {token}\nConsistencyLevel: eventual", out var documented, out _);
        using var kept = RequestBuilder.Build(documented!);
        Assert.Equal("Bearer {token}", string.Join(",", kept.Headers.GetValues("Authorization")));
        Assert.Equal("eventual", string.Join(",", kept.Headers.GetValues("ConsistencyLevel")));
        Assert.Null(kept.Content);

        using var dropped = RequestBuilder.Build(documented!, ReplayOptions.Default with { DropAuthorization = true });
        Assert.False(dropped.Headers.Contains("Authorization"));
    }

    [Fact]
    public async Task Non_json_bodies_are_sent_as_written()
    {
        HttpExampleParser.TryParseRequest("PUT /me/photo/$value\nContent-Type: image/jpeg\n\nBinary data for the image", out var documented, out _);
        using var request = RequestBuilder.Build(documented!);
        Assert.Equal("image/jpeg", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("Binary data for the image", await request.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Invalid_json_body_names_SPD0008()
    {
        HttpExampleParser.TryParseRequest("POST /chats\nContent-Type: application/json\n\n{\"a\": }", out var documented, out _);
        var exception = Assert.Throws<FormatException>(() => RequestBuilder.Build(documented!));
        Assert.Contains("SPD0008", exception.Message, StringComparison.Ordinal);
    }
}
