using System.Net;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

public sealed class FailureMessageTests : IDisposable
{
    private readonly string _received = Path.Combine(Path.GetTempPath(), "specdown-message-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_received))
        {
            Directory.Delete(_received, recursive: true);
        }
    }

    private static DocumentedExample ListExample(string response) => new(
        "list_chats", "spec/api/chat-list.md", 42, "GET https://graph.microsoft.com/beta/chats", response, IsCollection: true, ResponseLine: 55);

    private const string ListResponse = """
        HTTP/1.1 200 OK
        Content-Type: application/json

        {
          "@odata.context": "https://graph.microsoft.com/beta/$metadata#chats",
          "value": [
            {"id": "String (identifier)", "topic": "String", "createdDateTime": "String (timestamp)"}
          ]
        }
        """;

    private async Task<ContractException> FailAsync(string actualBody, ContractOptions? options = null)
    {
        var stub = new StubHandler(HttpStatusCode.OK, actualBody);
        options ??= ContractOptions.Default with { ReceivedDirectory = _received };
        return await Assert.ThrowsAsync<ContractException>(() => ContractAssert.ReplayAsync(ListExample(ListResponse), stub.Client(), options));
    }

    [Fact]
    public async Task Message_names_example_location_paths_and_both_bodies()
    {
        var exception = await FailAsync("""{"value": [{"id": "1", "topic": null, "createdDateTime": "last week"}]}""");
        var message = exception.Message;

        Assert.StartsWith("Example 'list_chats' (spec/api/chat-list.md:42) does not conform: GET http://localhost/chats", message, StringComparison.Ordinal);
        Assert.Contains("2 differences:", message, StringComparison.Ordinal);
        Assert.Contains("  $.value[0].topic: expected string, got null", message, StringComparison.Ordinal);
        Assert.Contains("  $.value[0].createdDateTime: expected an ISO 8601 timestamp, got string \"last week\"", message, StringComparison.Ordinal);
        Assert.Contains("Documented response body (spec/api/chat-list.md:55):", message, StringComparison.Ordinal);
        Assert.Contains("\"topic\": \"String\"", message, StringComparison.Ordinal);
        Assert.Contains("Actual response body (status 200):", message, StringComparison.Ordinal);
        Assert.Contains("\"topic\": null", message, StringComparison.Ordinal);
        Assert.Contains("list_chats.received.json", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_bodies_are_truncated_in_the_message_but_complete_in_the_received_file()
    {
        var items = string.Join(",", Enumerable.Range(0, 500).Select(i => "{\"id\": \"" + i + "\", \"topic\": " + (i == 499 ? "7" : "\"t\"") + ", \"createdDateTime\": \"2021-01-01T00:00:00Z\"}"));
        var exception = await FailAsync("{\"value\": [" + items + "]}");

        Assert.Contains("$.value[499].topic: expected string, got number 7", exception.Message, StringComparison.Ordinal);
        Assert.Contains("more line(s)", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.Message.Length < 12000, exception.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("\"topic\": 7", File.ReadAllText(exception.ReceivedFile!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_differences_are_capped()
    {
        var items = string.Join(",", Enumerable.Range(0, 80).Select(i => "{\"id\": \"" + i + "\", \"topic\": 1, \"createdDateTime\": \"2021-01-01T00:00:00Z\"}"));
        var exception = await FailAsync("{\"value\": [" + items + "]}");
        Assert.Equal(80, exception.Differences.Count);
        Assert.Contains("… and 30 more", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Received_files_can_be_turned_off()
    {
        var exception = await FailAsync("""{"value": [{"id": 1}]}""", ContractOptions.Default with { ReceivedDirectory = _received, WriteReceivedFiles = false });
        Assert.Null(exception.ReceivedFile);
        Assert.False(Directory.Exists(_received));
        Assert.DoesNotContain("received.json", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unwritable_received_directory_is_reported_not_thrown()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "specdown-blocker-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(blocker, "a file where a directory should be");
        try
        {
            var exception = await FailAsync("""{"value": [{"id": 1}]}""", ContractOptions.Default with { ReceivedDirectory = blocker });
            Assert.Null(exception.ReceivedFile);
            Assert.Contains("could not be written", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Theory]
    [InlineData("create_chat_from_chats", "create_chat_from_chats")]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("a b:c", "a_b_c")]
    [InlineData("", "example")]
    public void Received_file_names_are_safe(string name, string expected)
    {
        Assert.Equal(expected, ReceivedFileWriter.SafeFileName(name));
    }
}
