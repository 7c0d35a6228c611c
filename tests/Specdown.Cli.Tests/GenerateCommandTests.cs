using Specdown.Cli.Commands;
using Specdown.Cli.Tests.Infrastructure;
using Specdown.Generator.Emitting;

namespace Specdown.Cli.Tests;

public class GenerateCommandTests
{
    [Theory]
    [InlineData("../escape.g.cs")]
    [InlineData("a/../../escape.g.cs")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.g.cs")]
    [InlineData("")]
    [InlineData("c:evil.cs")]
    public void Hint_names_that_leave_the_output_directory_are_refused(string hintName)
    {
        using var temp = new TempDirectory();
        Assert.False(GeneratedFileWriter.TryResolve(temp.Path, hintName, out _));
    }

    [Fact]
    public void Hint_names_with_slashes_become_subfolders_and_unchanged_files_are_kept()
    {
        using var temp = new TempDirectory();
        temp.Write("out/keep.txt", "not ours");
        var sources = new[] { new GeneratedSource("Models/Widget.g.cs", "class Widget {}"), new GeneratedSource("Client.g.cs", "class C {}") };

        var first = GeneratedFileWriter.Write(temp.Combine("out"), sources);
        var second = GeneratedFileWriter.Write(temp.Combine("out"), sources);

        Assert.Equal(2, first.Written);
        Assert.Equal(0, second.Written);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal("class Widget {}", File.ReadAllText(temp.Combine("out", "Models", "Widget.g.cs")));
        Assert.True(File.Exists(temp.Combine("out", "keep.txt")));
    }

    [Fact]
    public void Generate_writes_the_emitters_files_for_the_fixtures()
    {
        using var temp = TempDirectory.WithCopyOf("Fixtures/widgets");
        var run = CliRun.RunIn(temp.Path, "generate", "widgets", "--output", "gen", "--namespace", "Acme.Widgets");
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = Directory.GetFiles(temp.Combine("gen"), "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        Assert.Contains($"generated {files.Length} file(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains(files, f => File.ReadAllText(f).Contains("Acme.Widgets", StringComparison.Ordinal));
    }
}
