using Specdown.Model;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

public class JsonPlaceholdersTests
{
    private static JsonNode Node(string json) => TolerantJsonReader.Read(new LineMap("p.md", json), 0, json.Length).Root!;

    [Theory]
    [InlineData("\"String\"", "String")]
    [InlineData("\"string\"", "String")]
    [InlineData("\"String (timestamp)\"", "DateTimeOffset")]
    [InlineData("\"string (timestamp)\"", "DateTimeOffset")]
    [InlineData("\"String (identifier)\"", "String")]
    [InlineData("\"String (Identifier)\"", "String")]
    [InlineData("\"String (duration)\"", "Duration")]
    [InlineData("\"String (timespan)\"", "Duration")]
    [InlineData("\"String (time of day)\"", "TimeOfDay")]
    [InlineData("\"String (Date)\"", "Date")]
    [InlineData("\"String (binary)\"", "Binary")]
    [InlineData("\"String (URL)\"", "String")]
    [InlineData("\"Guid (identifier)\"", "Guid")]
    [InlineData("\"Boolean\"", "Boolean")]
    [InlineData("\"Int32\"", "Int32")]
    [InlineData("\"Int64\"", "Int64")]
    [InlineData("\"Double\"", "Double")]
    [InlineData("\"DateTimeOffset\"", "DateTimeOffset")]
    [InlineData("\"datetime\"", "DateTimeOffset")]
    [InlineData("\"GUID\"", "Guid")]
    [InlineData("\"Date\"", "Date")]
    [InlineData("\"Binary\"", "Binary")]
    [InlineData("\"Edm.Stream\"", "Stream")]
    [InlineData("\"Edm.String\"", "String")]
    [InlineData("\" String \"", "String")]
    [InlineData("\"String collection\"", "Collection(String)")]
    [InlineData("\"Collection(Edm.Int32)\"", "Collection(Int32)")]
    [InlineData("{\"@odata.type\": \"microsoft.graph.identitySet\"}", "microsoft.graph.identitySet")]
    [InlineData("{\"@odata.type\": \"#microsoft.graph.callRecords.session\"}", "microsoft.graph.callRecords.session")]
    [InlineData("{\"@odata.type\": \"stream\"}", "Stream")]
    public void Placeholder_IsRecognised(string json, string expected)
    {
        Assert.True(JsonPlaceholders.IsPlaceholder(Node(json), out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("\"English (United States)\"")]
    [InlineData("\"Contoso\"")]
    [InlineData("\"\"")]
    [InlineData("\"String is text\"")]
    [InlineData("\"Colors collection\"")]
    [InlineData("\"0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[\"String\"]")]
    [InlineData("{\"@odata.type\": \"#microsoft.graph.chat\", \"topic\": \"x\"}")]
    [InlineData("{\"@odata.type\": \"\"}")]
    [InlineData("{\"@odata.type\": 5}")]
    [InlineData("{}")]
    public void NonPlaceholder_IsNot(string json)
    {
        Assert.False(JsonPlaceholders.IsPlaceholder(Node(json), out var type));
        Assert.Equal(string.Empty, type);
    }
}
