using Contoso.Chat.Server;

namespace Chat.Api;

/// <summary>The implementation of the generated stub: the docs say POST /chats/$ref returns 204 No Content.</summary>
public sealed class ChatsEndpoints(ChatStore store) : IChatsEndpoints
{
    public Task<IResult> AddChatAsync(Contoso.Chat.Chat body, HttpContext context, CancellationToken cancellationToken)
    {
        body.Id ??= Guid.NewGuid().ToString("N");
        body.CreatedDateTime ??= DateTimeOffset.UtcNow;
        store.Add(body);
        return Task.FromResult(Results.NoContent());
    }
}
