using System.Net;
using Contoso.Chat;
using Contoso.Chat.Client;

// The generated client for POST /chats/$ref, talking to an in-process fake of the documented API.
var handler = new DocumentedChatsHandler();
using var http = new HttpClient(handler) { BaseAddress = new Uri("https://graph.example/beta/") };
var chats = new ChatsClient(http);

var chat = new Chat { Id = "19:chat-1", Topic = "Specdown", CreatedDateTime = DateTimeOffset.UnixEpoch };
await chats.AddChatAsync(chat);
Console.WriteLine($"POST {handler.LastRequest} -> 204; sent: {handler.LastBody}");

Entity entity = chat; // Chat : Entity, as the docs say.
Console.WriteLine($"entity id: {entity.Id}");

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
