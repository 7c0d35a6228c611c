using Specdown.Testing;

namespace Specdown.Testing.Tests;

public class JsonPrettyTests
{
    [Fact]
    public void Json_is_indented_with_unescaped_text()
    {
        Assert.Equal("{\n  \"a\": [\n    1,\n    \"é<\"\n  ]\n}", JsonPretty.Format("{\"a\":[1,\"é<\"],}"));
    }

    [Fact]
    public void Non_json_is_returned_trimmed_with_lf_line_ends()
    {
        Assert.Equal("[Zip file]\nmore", JsonPretty.Format("  [Zip file]\r\nmore  "));
    }

    [Fact]
    public void Truncation_cuts_at_a_line_end_and_counts_what_was_left_out()
    {
        var text = string.Join("\n", Enumerable.Range(0, 10).Select(i => "line" + i));
        var cut = JsonPretty.Truncate(text, 20);
        Assert.StartsWith("line0\nline1\nline2", cut, StringComparison.Ordinal);
        Assert.EndsWith("… (7 more line(s), 41 more character(s))", cut, StringComparison.Ordinal);
        Assert.Equal(text, JsonPretty.Truncate(text, 1000));
    }

    [Fact]
    public void Truncation_of_one_long_line_cuts_inside_it()
    {
        var cut = JsonPretty.Truncate(new string('x', 100), 10);
        Assert.StartsWith("xxxxxxxxxx\n…", cut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Degenerate_limits_do_not_throw(int limit)
    {
        Assert.StartsWith("\n…", JsonPretty.Truncate("\nabc\ndef", limit)[1..], StringComparison.Ordinal);
    }
}
