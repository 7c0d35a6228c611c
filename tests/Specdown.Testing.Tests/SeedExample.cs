using Specdown.Testing;

namespace Specdown.Testing.Tests;

/// <summary>The seed page's example pair (spec/api/chat-post-chats-ref.md, lines 66–97), inline.</summary>
internal static class SeedExample
{
    public const string Request = """
        POST https://graph.microsoft.com/beta/chats/$ref
        Content-Type: application/json
        Content-length: 116

        {
          "@odata.type": "#microsoft.graph.chat",
          "topic": "String",
          "lastUpdatedDateTime": "String (timestamp)"
        }
        """;

    public const string Response = """
        HTTP/1.1 204 No Content
        Content-Type: application/json
        {
          "@odata.type": "#microsoft.graph.chat",
          "id": "0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e",
          "topic": "String",
          "createdDateTime": "String (timestamp)",
          "lastUpdatedDateTime": "String (timestamp)"
        }
        """;

    /// <summary>The same chat documented as a 201 Created, so that the body is compared.</summary>
    public const string CreatedResponse = """
        HTTP/1.1 201 Created
        Content-Type: application/json

        {
          "@odata.type": "#microsoft.graph.chat",
          "id": "0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e",
          "topic": "String",
          "createdDateTime": "String (timestamp)",
          "lastUpdatedDateTime": "String (timestamp)"
        }
        """;

    public static DocumentedExample Example { get; } = new(
        "create_chat_from_chats", "spec/api/chat-post-chats-ref.md", 66, Request, Response, Truncated: true, ResponseLine: 87);

    public static DocumentedExample Created { get; } = Example with { Name = "create_chat_created", ResponseText = CreatedResponse };
}
