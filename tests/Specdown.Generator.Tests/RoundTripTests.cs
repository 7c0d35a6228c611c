using System.Text.Json;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

/// <summary>Compiles the generated code and runs the seed's example JSON through the generated DTOs.</summary>
public class RoundTripTests
{
    private const string Root = "Contoso.Graph";

    [Fact]
    public void Seed_request_example_deserializes_into_generated_chat_and_back()
    {
        var assembly = LoadedAssembly.Compile(Compiler.Create(Fixtures.Emit("Chat", server: false), aspNet: false));
        var options = assembly.JsonOptions(Root);
        var chatType = assembly.Type(Root + ".Chat");
        var request = SeedBodies()[0];

        var chat = JsonSerializer.Deserialize(request, chatType, options)!;

        Assert.Equal("String", LoadedAssembly.Get(chat, "Topic"));
        Assert.Equal(new DateTimeOffset(2021, 7, 1, 8, 0, 0, TimeSpan.Zero), LoadedAssembly.Get(chat, "LastUpdatedDateTime"));
        var json = JsonSerializer.Serialize(chat, chatType, options);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("String", document.RootElement.GetProperty("topic").GetString());
        Assert.False(document.RootElement.TryGetProperty("createdDateTime", out _), "nulls are omitted");
        var again = JsonSerializer.Deserialize(json, chatType, options)!;
        Assert.Equal(LoadedAssembly.Get(chat, "LastUpdatedDateTime"), LoadedAssembly.Get(again, "LastUpdatedDateTime"));
    }

    [Fact]
    public void Seed_response_example_deserializes_polymorphically_through_the_base_type()
    {
        var assembly = LoadedAssembly.Compile(Compiler.Create(Fixtures.Emit("Chat", server: false), aspNet: false));
        var options = assembly.JsonOptions(Root);
        var entityType = assembly.Type(Root + ".Entity");
        var response = SeedBodies()[1];

        var entity = JsonSerializer.Deserialize(response, entityType, options)!;

        Assert.Equal(Root + ".Chat", entity.GetType().FullName);
        Assert.Equal("0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e", LoadedAssembly.Get(entity, "Id"));
        var json = JsonSerializer.Serialize(entity, entityType, options);
        Assert.Contains("\"@odata.type\":\"#microsoft.graph.chat\"", json, StringComparison.Ordinal);

        // @odata.type is often not the first member in Graph JSON.
        var outOfOrder = "{\"id\":\"x\",\"topic\":\"t\",\"@odata.type\":\"#microsoft.graph.chat\"}";
        Assert.Equal(Root + ".Chat", JsonSerializer.Deserialize(outOfOrder, entityType, options)!.GetType().FullName);
        var unknown = "{\"@odata.type\":\"#microsoft.graph.somethingNew\",\"id\":\"y\"}";
        Assert.Equal(Root + ".Entity", JsonSerializer.Deserialize(unknown, entityType, options)!.GetType().FullName);
    }

    [Fact]
    public void Durations_enums_and_open_types_round_trip()
    {
        var assembly = LoadedAssembly.Compile(Compiler.Create(Fixtures.Emit("Primitives", server: false), aspNet: false));
        var options = assembly.JsonOptions(Root);
        var type = assembly.Type(Root + ".AllTypes");
        var json = "{\"requiredName\":\"n\",\"requiredCount\":1,\"requiredDuration\":\"PT30M\",\"durationValue\":\"P1DT2H\",\"durations\":[\"PT1S\"],"
            + "\"colors\":[\"red\",\"purple\"],\"dateValue\":\"2021-07-01\",\"timeOfDayValue\":\"08:30:00\",\"binaryValue\":\"AQI=\",\"extra\":42}";

        var value = JsonSerializer.Deserialize(json, type, options)!;

        Assert.Equal(TimeSpan.FromHours(26), LoadedAssembly.Get(value, "DurationValue"));
        Assert.Equal(TimeSpan.FromMinutes(30), LoadedAssembly.Get(value, "RequiredDuration"));
        var colors = ((System.Collections.IEnumerable)LoadedAssembly.Get(value, "Colors")!).Cast<object>().Select(c => c.ToString()).ToList();
        Assert.Equal(new[] { "Red", "UnknownFutureValue" }, colors);
        Assert.Equal(new DateOnly(2021, 7, 1), LoadedAssembly.Get(value, "DateValue"));
        Assert.Equal(new byte[] { 1, 2 }, LoadedAssembly.Get(value, "BinaryValue"));
        var extra = (IDictionary<string, JsonElement>)LoadedAssembly.Get(value, "AdditionalData")!;
        Assert.Equal(42, extra["extra"].GetInt32());
        var back = JsonSerializer.Serialize(value, type, options);
        Assert.Contains("\"durationValue\":\"P1DT2H\"", back, StringComparison.Ordinal);
        Assert.Contains("\"colors\":[\"red\",\"unknownFutureValue\"]", back, StringComparison.Ordinal);
        Assert.Contains("\"extra\":42", back, StringComparison.Ordinal);
        var missingRequired = "{\"requiredName\":\"n\"}";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(missingRequired, type, options));
    }

    [Fact]
    public void Flags_enums_read_and_write_comma_separated_wire_values()
    {
        var assembly = LoadedAssembly.Compile(Compiler.Create(Fixtures.Emit("Enums", server: false), aspNet: false));
        var converter = assembly.Type(Root + ".Serialization.Enums.WeekdaysJsonConverter");
        var parse = converter.GetMethod("Parse")!;
        var format = converter.GetMethod("Format")!;
        var value = parse.Invoke(null, new object?[] { "monday, wednesday,someday" })!;
        Assert.Equal(5, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("monday,wednesday", format.Invoke(null, new[] { value }));
        var paper = assembly.Type(Root + ".Serialization.Enums.PaperSizeJsonConverter");
        Assert.Equal("Unknown", paper.GetMethod("Parse")!.Invoke(null, new object?[] { "A5" })!.ToString());
        Assert.Equal("JISB4", paper.GetMethod("Parse")!.Invoke(null, new object?[] { "JIS B4" })!.ToString());
    }

    /// <summary>The JSON bodies of the seed page's examples, with its placeholder values made concrete.</summary>
    private static List<string> SeedBodies()
    {
        var text = File.ReadAllText(Path.Combine(Paths.SpecFolder, "api", "chat-post-chats-ref.md")).Replace("\r\n", "\n");
        var bodies = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "{")
            {
                continue;
            }

            var end = Array.IndexOf(lines, "}", i);
            bodies.Add(string.Join("\n", lines[i..(end + 1)]).Replace("\"String (timestamp)\"", "\"2021-07-01T08:00:00Z\""));
            i = end;
        }

        Assert.Equal(2, bodies.Count);
        return bodies;
    }
}
