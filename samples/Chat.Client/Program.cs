using System.Net;
using System.Text.Json;
using Contoso.Chat;
using Contoso.Chat.Client;
using Contoso.Chat.Serialization;

// The generated client for POST /chats/$ref. With a base address argument (e.g. `dotnet run -- http://localhost:5000/`
// while samples/Chat.Api runs) it calls that service; without one, an in-process fake of the documented API.
if (args.Length > 0 && !Uri.TryCreate(args[0], UriKind.Absolute, out _))
{
    Console.Error.WriteLine("usage: Chat.Client [base-address]   e.g. http://localhost:5000/");
    return 2;
}

var handler = new DocumentedChatsHandler();
using var http = args.Length > 0
    ? new HttpClient { BaseAddress = new Uri(args[0].EndsWith('/') ? args[0] : args[0] + "/") }
    : new HttpClient(handler) { BaseAddress = new Uri("https://graph.example/beta/") };
var chats = new ChatsClient(http);

var chat = new Chat { Id = "19:chat-1", Topic = "Specdown", CreatedDateTime = DateTimeOffset.UnixEpoch };
try
{
    await chats.AddChatAsync(chat);
}
catch (Exception e) when (e is HttpRequestException or SpecdownApiException)
{
    Console.Error.WriteLine($"POST {http.BaseAddress}chats/$ref failed: {e.Message}");
    return 1;
}

Console.WriteLine(args.Length > 0
    ? $"POST {http.BaseAddress}chats/$ref -> 204"
    : $"POST {handler.LastRequest} -> 204; sent: {handler.LastBody}");

Entity entity = chat; // Chat : Entity, as the docs say.
Console.WriteLine($"entity id: {entity.Id}");

// A collection of entities read polymorphically by @odata.type, through the generated metadata only (this project
// disables reflection-based System.Text.Json).
var entities = JsonSerializer.Deserialize(
    "[{\"@odata.type\":\"#microsoft.graph.chat\",\"id\":\"19:chat-2\",\"topic\":\"Docs\"},{\"id\":\"19:chat-3\",\"@odata.type\":\"#microsoft.graph.chat\"}]",
    SpecdownJson.TypeInfo<IList<Entity>>())!;
Console.WriteLine($"reflection enabled: {JsonSerializer.IsReflectionEnabledByDefault}; entities: {string.Join(", ", entities.Select(e => e.GetType().Name + " " + e.Id))}");
Console.WriteLine($"round trip: {JsonSerializer.Serialize(entities, SpecdownJson.TypeInfo<IList<Entity>>())}");
return 0;

/// <summary>Answers like the docs promise: 204 No Content for POST /chats/$ref.</summary>
internal sealed class DocumentedChatsHandler : HttpMessageHandler
{
    public string? LastRequest { get; private set; }

    public string? LastBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequest = request.RequestUri?.AbsolutePath;
        LastBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var ok = request.Method == HttpMethod.Post && LastRequest == "/beta/chats/$ref";
        return new HttpResponseMessage(ok ? HttpStatusCode.NoContent : HttpStatusCode.NotFound);
    }
}
