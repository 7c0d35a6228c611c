using System.Text.Json;
using Contoso.Chat;

// Uses the generated DTOs: Chat derives from Entity and carries the documented wire names.
var chat = new Chat { Id = "19:abc", Topic = "Specdown" };
Entity entity = chat;
var json = JsonSerializer.Serialize(chat);
Console.WriteLine(entity.Id);
Console.WriteLine(json);
