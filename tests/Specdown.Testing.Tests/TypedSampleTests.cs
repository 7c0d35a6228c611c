using System.Text.Json;
using System.Text.Json.Serialization;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

public enum ChatType
{
    OneOnOne,
    Group,
}

public sealed record ChatMember(
    [property: JsonPropertyName("userId")] Guid? UserId,
    [property: JsonPropertyName("joined")] DateTimeOffset? Joined);

public sealed record TypedChat(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("createdDateTime")] DateTimeOffset? CreatedDateTime,
    [property: JsonPropertyName("chatType")] ChatType? ChatType,
    [property: JsonPropertyName("tenantId")] Guid TenantId,
    [property: JsonPropertyName("members")] List<ChatMember>? Members,
    [property: JsonPropertyName("photo")] byte[]? Photo);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "@odata.type", IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(FileAttachment), "#microsoft.graph.fileAttachment")]
public class Attachment
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

public sealed class FileAttachment : Attachment
{
    [JsonPropertyName("lastModified")]
    public DateTimeOffset? LastModified { get; set; }
}

[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TypedChat))]
[JsonSerializable(typeof(Attachment))]
internal sealed partial class TypedJsonContext : JsonSerializerContext
{
}

public class TypedSampleTests
{
    private const string ChatResponse = """
        HTTP/1.1 200 OK
        Content-Type: application/json

        {
          "id": "String (identifier)",
          "createdDateTime": "String",
          "chatType": "String",
          "tenantId": "String",
          "members": [{"userId": "String", "joined": "string"}],
          "photo": "String"
        }
        """;

    private static readonly ContractOptions NoFiles = ContractOptions.Default with { WriteReceivedFiles = false };

    [Fact]
    public void Generic_string_placeholders_get_values_of_the_property_type()
    {
        var example = new DocumentedExample("get_chat", "spec/api/chat-get.md", 10, null, ChatResponse);
        var chat = ContractAssert.RoundTrip(example, TypedJsonContext.Default.TypedChat, ExamplePart.Response, NoFiles);

        Assert.Equal(Placeholders.SampleGuid, chat.Id);
        Assert.Equal(ChatType.OneOnOne, chat.ChatType);
        Assert.Equal(Guid.Parse(Placeholders.SampleGuid), chat.TenantId);
        Assert.NotNull(chat.CreatedDateTime);
        Assert.Equal(Guid.Parse(Placeholders.SampleGuid), Assert.Single(chat.Members!).UserId);
        Assert.NotNull(chat.Members![0].Joined);
        Assert.Equal(new byte[3], chat.Photo);
    }

    [Fact]
    public void Reflection_options_are_typed_too()
    {
        var options = new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        var example = new DocumentedExample("get_chat", "spec/api/chat-get.md", 10, null, ChatResponse);
        var chat = ContractAssert.RoundTrip<TypedChat>(example, options, ExamplePart.Response, NoFiles);
        Assert.Equal(ChatType.OneOnOne, chat.ChatType);
    }

    [Fact]
    public void Enum_written_as_a_number_is_caught_against_a_documented_string()
    {
        var example = new DocumentedExample("get_chat", "spec/api/chat-get.md", 10, null, ChatResponse);
        var exception = Assert.Throws<ContractException>(() => ContractAssert.RoundTrip<TypedChat>(example, new JsonSerializerOptions(), ExamplePart.Response, NoFiles));
        Assert.Contains("$.chatType: expected string, got number 0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_type_is_chosen_by_odata_type()
    {
        const string response = """
            HTTP/1.1 200 OK

            {"@odata.type": "#microsoft.graph.fileAttachment", "name": "String", "lastModified": "String"}
            """;
        var example = new DocumentedExample("get_attachment", "spec/api/attachment-get.md", 5, null, response);
        var attachment = ContractAssert.RoundTrip(example, TypedJsonContext.Default.Attachment, ExamplePart.Response, NoFiles);
        Assert.NotNull(Assert.IsType<FileAttachment>(attachment).LastModified);
    }

    [Fact]
    public void Without_type_information_generic_placeholders_stay_strings()
    {
        using var document = JsonDocument.Parse("""{"createdDateTime": "String"}""");
        Assert.Equal("{\"createdDateTime\":\"string\"}", SampleValueWriter.Write(document.RootElement));
    }
}

public sealed class IsoDurationConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        System.Xml.XmlConvert.ToTimeSpan(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(System.Xml.XmlConvert.ToString(value));
}

public sealed record Meeting(
    [property: JsonPropertyName("length"), JsonConverter(typeof(IsoDurationConverter))] TimeSpan Length,
    [property: JsonPropertyName("start")] TimeOnly? Start);

public class TypedDurationTests
{
    [Fact]
    public void TimeSpan_gets_an_iso_duration_and_TimeOnly_a_time()
    {
        var example = new DocumentedExample("get_meeting", "spec/api/meeting-get.md", 3, null, "HTTP/1.1 200 OK\n\n{\"length\": \"String\", \"start\": \"String\"}");
        var meeting = ContractAssert.RoundTrip<Meeting>(example, new JsonSerializerOptions(), ExamplePart.Response, ContractOptions.Default with { WriteReceivedFiles = false });
        Assert.Equal(TimeSpan.FromHours(1), meeting.Length);
        Assert.Equal(new TimeOnly(8, 0), meeting.Start);
    }
}

public sealed record AttributeDefinition(
    [property: JsonPropertyName("supportedTypes")] List<string>? SupportedTypes,
    [property: JsonPropertyName("underline")] string? Underline,
    [property: JsonPropertyName("count")] int? Count);

public class TypedStringPropertyTests
{
    [Fact]
    public void Type_named_text_of_a_string_property_stays_text_and_round_trips()
    {
        // "Integer" and "Single" read as number placeholders, but here they are the values of string properties.
        var example = new DocumentedExample("get_definition", "spec/api/definition-get.md", 3, null,
            "HTTP/1.1 200 OK\n\n{\"supportedTypes\": [\"Integer\", \"String\"], \"underline\": \"Single\", \"count\": \"Int32\"}");
        var definition = ContractAssert.RoundTrip<AttributeDefinition>(example, new JsonSerializerOptions(), ExamplePart.Response, ContractOptions.Default with { WriteReceivedFiles = false });
        Assert.Equal(new[] { "Integer", "string" }, definition.SupportedTypes);
        Assert.Equal("Single", definition.Underline);
        Assert.Equal(0, definition.Count);
    }
}

public class TypedDiscriminatorTests
{
    [Fact]
    public void An_odata_type_without_hash_chooses_the_same_derived_type()
    {
        const string response = """
            HTTP/1.1 200 OK

            {"@odata.type": "microsoft.graph.fileAttachment", "name": "String", "lastModified": "String"}
            """;
        var example = new DocumentedExample("get_attachment", "spec/api/attachment-get.md", 5, null, response);
        var attachment = ContractAssert.RoundTrip(example, TypedJsonContext.Default.Attachment, ExamplePart.Response, ContractOptions.Default with { WriteReceivedFiles = false });
        Assert.NotNull(Assert.IsType<FileAttachment>(attachment).LastModified);
    }

    [Fact]
    public void A_placeholder_object_of_a_derived_type_keeps_its_discriminator()
    {
        const string response = """
            HTTP/1.1 200 OK

            {"@odata.type": "microsoft.graph.fileAttachment"}
            """;
        var example = new DocumentedExample("get_attachment", "spec/api/attachment-get.md", 5, null, response);
        var attachment = ContractAssert.RoundTrip(example, TypedJsonContext.Default.Attachment, ExamplePart.Response, ContractOptions.Default with { WriteReceivedFiles = false });
        Assert.IsType<FileAttachment>(attachment);
    }
}
