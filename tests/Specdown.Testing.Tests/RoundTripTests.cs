using System.Text.Json;
using System.Text.Json.Serialization;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

public sealed record Chat(
    [property: JsonPropertyName("@odata.type")] string? ODataType,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("createdDateTime")] DateTimeOffset? CreatedDateTime,
    [property: JsonPropertyName("lastUpdatedDateTime")] DateTimeOffset? LastUpdatedDateTime);

/// <summary>A drifted DTO: the generator (or a person) lost <c>topic</c>.</summary>
public sealed record ChatWithoutTopic(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("createdDateTime")] DateTimeOffset? CreatedDateTime,
    [property: JsonPropertyName("lastUpdatedDateTime")] DateTimeOffset? LastUpdatedDateTime);

/// <summary>A drifted DTO: <c>topic</c> typed as a number.</summary>
public sealed record ChatWithNumericTopic([property: JsonPropertyName("topic")] int Topic);

[JsonSerializable(typeof(Chat))]
[JsonSerializable(typeof(ChatWithoutTopic))]
internal sealed partial class ChatJsonContext : JsonSerializerContext
{
}

public sealed class RoundTripTests : IDisposable
{
    private readonly string _received = Path.Combine(Path.GetTempPath(), "specdown-roundtrip-" + Guid.NewGuid().ToString("N"));

    private ContractOptions Options => ContractOptions.Default with { ReceivedDirectory = _received };

    public void Dispose()
    {
        if (Directory.Exists(_received))
        {
            Directory.Delete(_received, recursive: true);
        }
    }

    [Fact]
    public void Seed_response_round_trips_through_a_source_generated_dto()
    {
        var chat = ContractAssert.RoundTrip(SeedExample.Example, ChatJsonContext.Default.Chat, ExamplePart.Response, Options);
        Assert.Equal("0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e", chat.Id);
        Assert.Equal("string", chat.Topic);
        Assert.Equal(DateTimeOffset.Parse(Placeholders.SampleTimestamp, System.Globalization.CultureInfo.InvariantCulture), chat.CreatedDateTime);
    }

    [Fact]
    public void Seed_request_round_trips_with_reflection_options()
    {
        var chat = ContractAssert.RoundTrip<Chat>(SeedExample.Example, new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull }, ExamplePart.Request, Options);
        Assert.Null(chat.Id);
        Assert.Equal("#microsoft.graph.chat", chat.ODataType);
    }

    [Fact]
    public void Dto_missing_a_documented_property_fails_naming_it()
    {
        var exception = Assert.Throws<ContractException>(() =>
            ContractAssert.RoundTrip(SeedExample.Example, ChatJsonContext.Default.ChatWithoutTopic, ExamplePart.Response, Options));
        var difference = Assert.Single(exception.Differences);
        Assert.Equal("$.topic: expected string, got nothing", difference.ToString());
        Assert.Contains("does not survive a round trip through ChatWithoutTopic", exception.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(exception.ReceivedFile));
        Assert.Contains(exception.Notes, n => n.Contains("SPD0002", StringComparison.Ordinal));
    }

    [Fact]
    public void Dto_that_cannot_read_the_example_fails_with_the_serializer_error()
    {
        var exception = Assert.Throws<ContractException>(() =>
            ContractAssert.RoundTrip<ChatWithNumericTopic>(SeedExample.Example, new JsonSerializerOptions(), ExamplePart.Request, Options));
        Assert.Contains("cannot be (de)serialized as ChatWithNumericTopic", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
    }

    [Fact]
    public void Example_without_a_body_cannot_run()
    {
        var example = SeedExample.Example with { ResponseText = "HTTP/1.1 204 No Content" };
        var exception = Assert.Throws<ContractException>(() => ContractAssert.RoundTrip(example, ChatJsonContext.Default.Chat, ExamplePart.Response, Options));
        Assert.Contains("has no body to round-trip", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_with_invalid_json_names_SPD0008()
    {
        var example = SeedExample.Example with { ResponseText = "HTTP/1.1 200 OK\n\n{\"id\": }" };
        var exception = Assert.Throws<ContractException>(() => ContractAssert.RoundTrip(example, ChatJsonContext.Default.Chat, ExamplePart.Response, Options));
        Assert.Contains("SPD0008", exception.Message, StringComparison.Ordinal);
        Assert.Contains("its documented JSON is not valid at spec/api/chat-post-chats-ref.md:90: line 1, column 8", exception.Message, StringComparison.Ordinal);
    }
}

public sealed class ResponseConformsTests
{
    [Fact]
    public void Conforming_json_passes_and_drift_fails_naming_the_path()
    {
        var options = ContractOptions.Default with { WriteReceivedFiles = false };
        Assert.True(ContractAssert.ResponseConforms(SeedExample.Created, """{"id": "1", "topic": "t", "createdDateTime": "2021-01-01T00:00:00Z", "lastUpdatedDateTime": "2021-01-01T00:00:00Z", "extra": 1}""", options).IsMatch);

        var exception = Assert.Throws<ContractException>(() =>
            ContractAssert.ResponseConforms(SeedExample.Created, """{"id": "1", "createdDateTime": "2021-01-01T00:00:00Z", "lastUpdatedDateTime": "2021-01-01T00:00:00Z"}""", options));
        Assert.Contains("Example 'create_chat_created' (spec/api/chat-post-chats-ref.md:66) does not conform to its documented response body.", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.topic: expected string, got nothing", exception.Message, StringComparison.Ordinal);
    }
}
