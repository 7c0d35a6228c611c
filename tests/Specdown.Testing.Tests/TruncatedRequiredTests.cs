using System.Text.Json;
using System.Text.Json.Serialization;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

/// <summary>A truncated response example may leave out properties the DTO marks required; a complete one may not.</summary>
public sealed class TruncatedRequiredTests
{
    private static readonly ContractOptions NoFiles = ContractOptions.Default with { WriteReceivedFiles = false };

    public sealed class Policy
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("version"), JsonRequired]
        public int Version { get; set; }

        [JsonPropertyName("definition"), JsonRequired]
        public JsonElement Definition { get; set; }
    }

    private static DocumentedExample Example(bool truncated) => new(
        "get_policy", "api/policy-get.md", 10, null,
        "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{ \"id\": \"String\" }",
        Truncated: truncated, ResponseLine: 20);

    [Fact]
    public void A_truncated_example_need_not_show_required_properties()
    {
        var policy = ContractAssert.RoundTrip<Policy>(Example(truncated: true), new JsonSerializerOptions(), ExamplePart.Response, NoFiles);
        Assert.Equal("string", policy.Id);
        Assert.Equal(JsonValueKind.Undefined, policy.Definition.ValueKind); // left out, and not written back
    }

    [Fact]
    public void A_complete_example_must_show_required_properties()
    {
        var failure = Assert.Throws<ContractException>(() =>
            ContractAssert.RoundTrip<Policy>(Example(truncated: false), new JsonSerializerOptions(), ExamplePart.Response, NoFiles));
        Assert.Contains("version", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'get_policy' (api/policy-get.md:10)", failure.Message, StringComparison.Ordinal);
    }
}
