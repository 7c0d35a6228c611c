using System.Collections.Concurrent;
using Contoso.Chat;

namespace Chat.Api;

/// <summary>An in-memory chat collection.</summary>
public sealed class ChatStore
{
    private readonly ConcurrentDictionary<string, Contoso.Chat.Chat> _chats = new(StringComparer.Ordinal);

    public int Count => _chats.Count;

    public void Add(Contoso.Chat.Chat chat) => _chats[chat.Id ?? Guid.NewGuid().ToString("N")] = chat;

    public Contoso.Chat.Chat? Find(string id) => _chats.TryGetValue(id, out var chat) ? chat : null;
}
