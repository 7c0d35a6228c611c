using Markdig;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

/// <summary>
/// The parser builds its line map from the line starts Markdig records while it reads the page; that map must be the
/// one <see cref="LineMap"/> computes from the text, whatever the line endings.
/// </summary>
public class LineMapFromMarkdigTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("a\nb\nc")]
    [InlineData("a\nb\n")]
    [InlineData("a\r\nb\r\n\r\n")]
    [InlineData("a\rb\r")]
    [InlineData("mixed\r\nends\rhere\n\n")]
    [InlineData("\n\n\n")]
    [InlineData("nul\0char\n|a|b|\n|-|-|\n")]
    [InlineData("---\ntitle: x\n---\n# T\n\n```json\n{ }\n```\n")]
    public void The_map_from_markdig_line_starts_equals_the_computed_map(string text)
    {
        var document = Markdown.Parse(text, PageParser.Pipeline);
        Assert.NotNull(document.LineStartIndexes);
        var fromMarkdig = new LineMap("t.md", text, document.LineStartIndexes);
        var computed = new LineMap("t.md", text);
        Assert.Equal(computed.LineCount, fromMarkdig.LineCount);
        for (var line = 1; line <= computed.LineCount; line++)
        {
            Assert.Equal(computed.LineStart(line), fromMarkdig.LineStart(line));
        }

        for (var offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal(computed.GetPosition(offset), fromMarkdig.GetPosition(offset));
        }
    }
}
