using System.Net;
using Chat.Api;
using Contoso.Chat.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Specdown.Generator.Tests;

/// <summary>samples/Chat.Api end to end: the generated typed client calls the generated minimal-API stub.</summary>
public class SampleApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _factory;

    public SampleApiTests(WebApplicationFactory<Program> factory) => _factory = factory;

    [Fact]
    public async Task Post_chats_ref_returns_the_documented_204_and_stores_the_chat()
    {
        var client = new ChatsClient(_factory.CreateClient());
        var chat = new Contoso.Chat.Chat { Id = "19:end-to-end", Topic = "Specdown" };

        await client.AddChatAsync(chat);

        var stored = _factory.Services.GetRequiredService<ChatStore>().Find("19:end-to-end");
        Assert.NotNull(stored);
        Assert.Equal("Specdown", stored!.Topic);
    }

    [Fact]
    public async Task Undocumented_verbs_are_not_mapped_and_the_client_reports_the_status()
    {
        var http = _factory.CreateClient();
        var response = await http.GetAsync("chats/$ref");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);

        var bad = await http.PostAsync("chats/$ref", new StringContent("{\"topic\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
