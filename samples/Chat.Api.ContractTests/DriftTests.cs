using Chat.Api.ContractTests.Docs.ContractTests;
using Contoso.Chat.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Specdown.Testing;

namespace Chat.Api.ContractTests;

/// <summary>
/// Proves the generated contract tests catch drift: the very same generated test methods, pointed at variants of
/// Chat.Api that break the documented contract, fail with a message naming the example and the difference.
/// </summary>
public sealed class DriftTests
{
    [Fact]
    public async Task Replay_fails_when_the_service_returns_200_instead_of_the_documented_204()
    {
        using var target = new SpecdownContractTarget(Drifted(new Returns200WithoutTopic()));
        var tests = new ChatPostChatsRefContractTests(target);

        var failure = await Assert.ThrowsAsync<ContractException>(tests.create_chat_from_chats_replay);

        Assert.Contains("'create_chat_from_chats'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("chat-post-chats-ref.md:66", failure.Message, StringComparison.Ordinal);
        Assert.Contains("204", failure.Message, StringComparison.Ordinal);
        Assert.Contains("200", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_passes_against_the_real_service()
    {
        using var target = new SpecdownContractTarget();
        var tests = new ChatPostChatsRefContractTests(target);

        await tests.create_chat_from_chats_replay();
    }

    [Fact]
    public void Round_trip_fails_when_a_DTO_drops_topic()
    {
        // ChatWithoutTopic is not generated, so the generated context does not describe it: chain reflection after it.
        var options = Docs.Serialization.SpecdownJson.Configure(new System.Text.Json.JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() });
        var failure = Assert.Throws<ContractException>(() => ContractAssert.RoundTrip<ChatWithoutTopic>(
            ChatPostChatsRefContractTests.Examples.create_chat_from_chats,
            options));

        Assert.Contains("'create_chat_from_chats'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("$.topic", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_what_runs()
    {
        Assert.True(SpecdownContractSummary.HasReplayTarget);
        Assert.Equal(1, SpecdownContractSummary.RoundTripTests);
        Assert.Equal(1, SpecdownContractSummary.ReplayTests);
        Assert.Empty(SpecdownContractSummary.NotRunnable);
    }

    private static WebApplicationFactory<Program> Drifted(IChatsEndpoints endpoints) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton(endpoints)));

    /// <summary>A service that drifted from the docs: 200 with a body, and no <c>topic</c>.</summary>
    private sealed class Returns200WithoutTopic : IChatsEndpoints
    {
        public Task<IResult> AddChatAsync(Contoso.Chat.Chat body, HttpContext context, CancellationToken cancellationToken)
        {
            body.Topic = null;
            return Task.FromResult(Results.Ok(body));
        }
    }

    /// <summary>A DTO that lost the documented <c>topic</c> property.</summary>
    private sealed class ChatWithoutTopic
    {
        [System.Text.Json.Serialization.JsonPropertyName("id")]
        public string? Id { get; set; }

        [System.Text.Json.Serialization.JsonPropertyName("createdDateTime")]
        public DateTimeOffset? CreatedDateTime { get; set; }

        [System.Text.Json.Serialization.JsonPropertyName("lastUpdatedDateTime")]
        public DateTimeOffset? LastUpdatedDateTime { get; set; }
    }
}
