using System.Text;
using Specdown.Cli.Input;
using Specdown.Cli.Tests.Infrastructure;

namespace Specdown.Cli.Tests;

public class InputTests
{
    [Fact]
    public void Directories_are_walked_recursively_for_md_files_in_ordinal_order()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/b.md", "b");
        temp.Write("docs/a/Z.md", "z");
        temp.Write("docs/a/a.md", "a");
        temp.Write("docs/notes.txt", "not markdown");
        temp.Write("docs/UPPER.MD", "upper");
        var context = new CliContext(TextWriter.Null, TextWriter.Null, temp.Path);

        var files = DocumentLoader.Find(new[] { "docs" }, context);

        Assert.Equal(new[] { "docs/UPPER.MD", "docs/a/Z.md", "docs/a/a.md", "docs/b.md" }, files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Overlapping_arguments_are_deduplicated_and_argument_order_does_not_matter()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/x/one.md", "1");
        temp.Write("docs/two.md", "2");
        var context = new CliContext(TextWriter.Null, TextWriter.Null, temp.Path);

        var first = DocumentLoader.Find(new[] { "docs/x/one.md", "docs" }, context);
        var second = DocumentLoader.Find(new[] { "docs", "docs/x", "./docs/two.md" }, context);

        Assert.Equal(first, second);
        Assert.Equal(2, first.Count);
    }

    [Fact]
    public void An_explicit_file_is_taken_whatever_its_extension()
    {
        using var temp = new TempDirectory();
        temp.Write("page.markdown", "x");
        var files = DocumentLoader.Find(new[] { "page.markdown" }, new CliContext(TextWriter.Null, TextWriter.Null, temp.Path));
        Assert.Equal("page.markdown", Assert.Single(files).DisplayPath);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_naming_it()
    {
        using var temp = new TempDirectory();
        var exception = Assert.Throws<UsageException>(() =>
            DocumentLoader.Find(new[] { "nope" }, new CliContext(TextWriter.Null, TextWriter.Null, temp.Path)));
        Assert.Contains("nope", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_outside_the_working_directory_are_shown_relative_with_slashes()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/a.md", "a");
        Directory.CreateDirectory(temp.Combine("work"));
        var files = DocumentLoader.Find(new[] { "../docs" }, new CliContext(TextWriter.Null, TextWriter.Null, temp.Combine("work")));
        Assert.Equal("../docs/a.md", Assert.Single(files).DisplayPath);
    }

    [Fact]
    public void Utf8_with_and_without_bom_and_utf16_with_bom_are_decoded()
    {
        Assert.Equal("é", SourceReader.Decode(new byte[] { 0xC3, 0xA9 }, out _));
        Assert.Equal("é", SourceReader.Decode(new byte[] { 0xEF, 0xBB, 0xBF, 0xC3, 0xA9 }, out _));
        Assert.Equal("é", SourceReader.Decode(new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("é")).ToArray(), out _));
    }

    [Fact]
    public void Invalid_utf8_is_a_failure_not_an_exception()
    {
        var text = SourceReader.Decode(new byte[] { (byte)'a', 0xC3, 0x28, (byte)'b' }, out var failure);
        Assert.Null(text);
        Assert.Equal("not valid UTF-8", failure);
    }
}
