using System.Net;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

public sealed class ReplayTests : IDisposable
{
    private const string FullChat = """
        {"@odata.type": "#microsoft.graph.chat", "id": "19:abc", "topic": "Launch", "createdDateTime": "2021-07-01T10:00:00Z",
         "lastUpdatedDateTime": "2021-07-01T10:00:00Z", "chatType": "group"}
        """;

    private readonly string _received = Path.Combine(Path.GetTempPath(), "specdown-replay-" + Guid.NewGuid().ToString("N"));

    private ContractOptions Options => ContractOptions.Default with { ReceivedDirectory = _received };

    public void Dispose()
    {
        if (Directory.Exists(_received))
        {
            Directory.Delete(_received, recursive: true);
        }
    }

    [Fact]
    public async Task Seed_204_without_body_passes_with_the_SPD0002_note()
    {
        var stub = new StubHandler(HttpStatusCode.NoContent);
        var logged = new List<string>();
        var result = await ContractAssert.ReplayAsync(SeedExample.Example, stub.Client(), Options with { Log = logged.Add });

        Assert.True(result.IsSuccess);
        Assert.Equal("http://localhost/chats/$ref", stub.Request!.RequestUri!.AbsoluteUri);
        Assert.Equal(HttpMethod.Post, stub.Request.Method);
        Assert.Contains("\"topic\":\"string\"", stub.RequestBody, StringComparison.Ordinal);
        var note = Assert.Single(result.Notes);
        Assert.Contains("SPD0002", note, StringComparison.Ordinal);
        Assert.Contains("follows HTTP", note, StringComparison.Ordinal);
        Assert.Contains(logged, line => line.Contains("create_chat_from_chats", StringComparison.Ordinal) && line.Contains("SPD0002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Service_returning_200_instead_of_204_fails_naming_the_example()
    {
        var stub = new StubHandler(HttpStatusCode.OK, FullChat);
        var exception = await Assert.ThrowsAsync<ContractException>(() => ContractAssert.ReplayAsync(SeedExample.Example, stub.Client(), Options));

        Assert.Contains("create_chat_from_chats", exception.Message, StringComparison.Ordinal);
        Assert.Contains("spec/api/chat-post-chats-ref.md:66", exception.Message, StringComparison.Ordinal);
        Assert.Contains("status: expected 204 No Content, got 200 OK", exception.Message, StringComparison.Ordinal);
        Assert.Contains(exception.Differences, d => d.Kind == DifferenceKind.StatusCode);
        Assert.Contains(exception.Differences, d => d.Kind == DifferenceKind.UnexpectedBody);
        Assert.Contains("SPD0002", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_dropping_topic_fails_naming_the_path()
    {
        var withoutTopic = FullChat.Replace("\"topic\": \"Launch\", ", string.Empty, StringComparison.Ordinal);
        var stub = new StubHandler(HttpStatusCode.Created, withoutTopic);
        var exception = await Assert.ThrowsAsync<ContractException>(() => ContractAssert.ReplayAsync(SeedExample.Created, stub.Client(), Options));

        var difference = Assert.Single(exception.Differences);
        Assert.Equal("$.topic", difference.Path);
        Assert.Contains("$.topic: expected string, got nothing", exception.Message, StringComparison.Ordinal);
        Assert.Contains("create_chat_created", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.ReceivedFile);
        Assert.Equal(Path.Combine(_received, "create_chat_created.received.json"), exception.ReceivedFile);
        Assert.Contains("\"chatType\": \"group\"", File.ReadAllText(exception.ReceivedFile!), StringComparison.Ordinal);
        Assert.Contains(exception.ReceivedFile!, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conforming_201_passes_and_truncation_allows_extra_properties()
    {
        var stub = new StubHandler(HttpStatusCode.Created, FullChat);
        var result = await ContractAssert.ReplayAsync(SeedExample.Created, stub.Client(), Options);
        Assert.True(result.IsSuccess);
        Assert.Empty(result.Notes);
        Assert.Equal(201, result.ActualStatus);
        Assert.False(Directory.Exists(_received));
    }

    [Fact]
    public async Task Untruncated_example_rejects_extra_properties()
    {
        var stub = new StubHandler(HttpStatusCode.Created, FullChat);
        var example = SeedExample.Created with { Truncated = false };
        var exception = await Assert.ThrowsAsync<ContractException>(() => ContractAssert.ReplayAsync(example, stub.Client(), Options));
        Assert.Equal("$.chatType", Assert.Single(exception.Differences).Path);
    }

    [Fact]
    public async Task Wrong_content_type_and_missing_body_are_reported()
    {
        var textStub = new StubHandler(HttpStatusCode.Created, FullChat, "text/plain");
        var wrongType = await ExampleReplay.ReplayAsync(SeedExample.Created, textStub.Client());
        Assert.Equal(DifferenceKind.ContentType, Assert.Single(wrongType.Differences).Kind);

        var emptyStub = new StubHandler(HttpStatusCode.Created);
        var missing = await ExampleReplay.ReplayAsync(SeedExample.Created, emptyStub.Client());
        Assert.Equal("body: expected a JSON body, got no body", Assert.Single(missing.Differences).ToString());
    }

    [Fact]
    public async Task Invalid_documented_response_json_fails_with_SPD0008()
    {
        var example = SeedExample.Created with { ResponseText = "HTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"id\": \"x\" \"topic\": 1}" };
        var result = await ExampleReplay.ReplayAsync(example, new StubHandler(HttpStatusCode.Created, FullChat).Client());
        Assert.Equal(DifferenceKind.InvalidJson, Assert.Single(result.Differences).Kind);
        Assert.Contains(result.Notes, n => n.Contains("SPD0008", StringComparison.Ordinal) && n.Contains("at spec/api/chat-post-chats-ref.md:91", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_documented_request_json_points_at_the_page_line()
    {
        var example = SeedExample.Example with { RequestText = "POST /chats\nContent-Type: application/json\n\n{\n  \"a\": \n}" };
        var exception = await Assert.ThrowsAsync<ContractException>(() => ExampleReplay.ReplayAsync(example, new StubHandler(HttpStatusCode.NoContent).Client()));
        Assert.Contains("cannot run: its request cannot be built at spec/api/chat-post-chats-ref.md:72: The documented request body is not valid JSON: line 3", exception.Message, StringComparison.Ordinal);
        Assert.Contains("SPD0008", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_without_request_cannot_run_and_says_so()
    {
        var example = SeedExample.Example with { RequestText = null };
        var exception = await Assert.ThrowsAsync<ContractException>(() => ContractAssert.ReplayAsync(example, new StubHandler(HttpStatusCode.OK).Client(), Options));
        Assert.Contains("'create_chat_from_chats' (spec/api/chat-post-chats-ref.md:66) cannot run: it has no request", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Base_address_with_a_path_prefix_is_kept()
    {
        var stub = new StubHandler(HttpStatusCode.NoContent);
        using var client = new HttpClient(stub) { BaseAddress = new Uri("http://localhost/api") };
        await ExampleReplay.ReplayAsync(SeedExample.Example, client);
        Assert.Equal("http://localhost/api/chats/$ref", stub.Request!.RequestUri!.AbsoluteUri);
    }
}

public class TransportFailureTests
{
    private sealed class FailingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("connection refused");
    }

    [Fact]
    public async Task Transport_failure_names_the_example_and_the_request()
    {
        using var client = new HttpClient(new FailingHandler()) { BaseAddress = new Uri("http://localhost/") };
        var exception = await Assert.ThrowsAsync<ContractException>(() => ContractAssert.ReplayAsync(SeedExample.Example, client));
        Assert.Contains("'create_chat_from_chats' (spec/api/chat-post-chats-ref.md:66) cannot run: POST http://localhost/chats/$ref failed: connection refused", exception.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(exception.InnerException);
    }
}

public class MissingBaseAddressTests
{
    [Fact]
    public async Task Client_without_base_address_is_explained()
    {
        using var client = new HttpClient(new StubHandler(HttpStatusCode.NoContent));
        var exception = await Assert.ThrowsAsync<ContractException>(() => ContractAssert.ReplayAsync(SeedExample.Example, client));
        Assert.Contains("POST /chats/$ref has a relative URI and the HttpClient has no BaseAddress", exception.Message, StringComparison.Ordinal);
    }
}
