using System.Text;

namespace Specdown.Cli.Tests;

public class TextWriterStreamTests
{
    [Fact]
    public void Multi_byte_characters_split_across_writes_are_decoded()
    {
        var bytes = Encoding.UTF8.GetBytes("aé€😀z");
        var writer = new StringWriter();
        using (var stream = new TextWriterStream(writer))
        {
            foreach (var b in bytes)
            {
                stream.WriteByte(b);
            }
        }

        Assert.Equal("aé€😀z", writer.ToString());
    }

    [Fact]
    public void Stdout_output_of_emit_is_streamed_text()
    {
        var output = new StringWriter();
        var context = new CliContext(output, TextWriter.Null, Path.GetTempPath());
        var text = string.Concat(Enumerable.Repeat("ligne é\n", 50_000));

        OutputFiles.Emit(context, null, stream =>
        {
            using var writer = OutputFiles.CreateTextWriter(stream);
            writer.Write(text);
        });

        Assert.Equal(text, output.ToString());
    }
}
