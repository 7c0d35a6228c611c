using System.Text.Json;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

public class TolerantJsonTests
{
    [Fact]
    public void Trailing_commas_and_comments_are_tolerated()
    {
        const string text = "{\n  // the chat\n  \"topic\": \"String\", /* inline */\n  \"tags\": [\"a\",],\n}";
        Assert.True(TolerantJson.TryParse(text, out var document, out var error), error);
        using (document)
        {
            Assert.Equal("String", document!.RootElement.GetProperty("topic").GetString());
        }
    }

    [Theory]
    [InlineData("{\n  \"a\": 1,\n  ...\n}")]
    [InlineData("{\n  \"value\": [\n    {\"id\": \"1\"},\n    ...,\n  ]\n}")]
    [InlineData("{\n  \"a\": 1,\n  …\n}")]
    [InlineData("{\r\n  \"a\": 1,\r\n    .....\r\n}")]
    public void Elision_lines_are_removed(string text)
    {
        Assert.True(TolerantJson.TryParse(text, out var document, out var error), error);
        document!.Dispose();
    }

    [Fact]
    public void Elision_removal_keeps_line_numbers_and_string_content()
    {
        var cleaned = TolerantJson.RemoveElisions("{\n...\n\"a\": \"...\"\n}");
        Assert.Equal("{\n\n\"a\": \"...\"\n}", cleaned);
    }

    [Fact]
    public void Invalid_json_error_points_at_the_line()
    {
        Assert.False(TolerantJson.TryParse("{\n  \"a\": 1\n  \"b\": 2\n}", out var document, out var error));
        Assert.Null(document);
        Assert.StartsWith("line 3, column 3:", error, StringComparison.Ordinal);
        Assert.Contains("\"b\": 2", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[Zip file]")]
    [InlineData("<html></html>")]
    public void Non_json_fails_without_throwing(string text)
    {
        Assert.False(TolerantJson.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Very_deep_json_fails_cleanly_instead_of_overflowing_the_stack()
    {
        var deep = new string('[', 10000) + new string(']', 10000);
        Assert.False(TolerantJson.TryParse(deep, out _, out var error));
        Assert.Contains("depth", error, StringComparison.OrdinalIgnoreCase);

        var result = JsonConformance.Match(deep, deep);
        Assert.False(result.IsMatch);
        Assert.Equal(DifferenceKind.InvalidJson, result.Differences[0].Kind);
    }

    [Fact]
    public void Matcher_depth_limit_reports_instead_of_recursing()
    {
        var nested = new string('[', 100) + "1" + new string(']', 100);
        var options = ConformanceOptions.Default with { MaxDepth = 10 };
        var difference = Assert.Single(JsonConformance.Match(nested, nested, options).Differences);
        Assert.Equal(DifferenceKind.InvalidJson, difference.Kind);
        Assert.True(JsonConformance.Match(nested, nested).IsMatch);
    }

    [Fact]
    public void Sample_values_replace_placeholders_by_values_of_their_type()
    {
        const string documented = """
            {"@odata.type": "#microsoft.graph.chat", "topic": "String", "at": "String (timestamp)", "id": "String (identifier)",
             "ok": "Boolean", "n": "Int32", "d": "Date", "span": "Duration", "from": {"@odata.type": "microsoft.graph.identitySet"},
             "concrete": "Alice", "num": 5, "list": ["String"]}
            """;
        using var document = JsonDocument.Parse(documented);
        var sample = SampleValueWriter.Write(document.RootElement);
        Assert.Equal(
            "{\"@odata.type\":\"#microsoft.graph.chat\",\"topic\":\"string\",\"at\":\"2021-01-01T00:00:00Z\"," +
            "\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"ok\":true,\"n\":0,\"d\":\"2021-01-01\",\"span\":\"PT1H\",\"from\":{}," +
            "\"concrete\":\"Alice\",\"num\":5,\"list\":[\"string\"]}",
            sample);
        Assert.True(JsonConformance.Match(documented, sample).IsMatch);
    }
}
