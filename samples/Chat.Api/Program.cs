using Chat.Api;
using Contoso.Chat.Server;

var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options => Contoso.Chat.Serialization.SpecdownJson.Configure(options.SerializerOptions));
builder.Services.AddSingleton<ChatStore>();
builder.Services.AddSingleton<IChatsEndpoints, ChatsEndpoints>();

var app = builder.Build();
app.MapChatsEndpoints(); // generated from spec/: POST /chats/$ref → 204
app.Run();

/// <summary>Visible to WebApplicationFactory-based tests.</summary>
public partial class Program
{
}
