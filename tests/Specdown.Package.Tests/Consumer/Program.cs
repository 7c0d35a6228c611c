using System.Collections.Concurrent;
using Contoso.Chat;
using Contoso.Chat.Server;

// A user's service built on the packed Specdown package: the generated stub for POST /chats/$ref, implemented here.
var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options => Contoso.Chat.Serialization.SpecdownJson.Configure(options.SerializerOptions));
builder.Services.AddSingleton<ConcurrentDictionary<string, Chat>>();
builder.Services.AddSingleton<IChatsEndpoints, ChatsEndpoints>();

var app = builder.Build();
app.MapChatsEndpoints();
if (args.Contains("--smoke"))
{
    // Uses the generated DTOs: Chat derives from Entity and carries the documented wire names.
    var chat = new Chat { Id = "19:abc", Topic = "Specdown" };
    Entity entity = chat;
    Console.WriteLine(entity.Id);
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(chat));
    return;
}

app.Run();

/// <summary>The implementation of the generated stub.</summary>
public sealed class ChatsEndpoints(ConcurrentDictionary<string, Chat> store) : IChatsEndpoints
{
    public Task<IResult> AddChatAsync(Chat body, HttpContext context, CancellationToken cancellationToken)
    {
        store[body.Id ?? Guid.NewGuid().ToString("N")] = body;
        return Task.FromResult(Results.NoContent());
    }
}

/// <summary>Visible to WebApplicationFactory.</summary>
public partial class Program
{
}
