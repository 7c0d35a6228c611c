using Microsoft.CodeAnalysis;
using Specdown.Generator.Pipeline;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

/// <summary>
/// Page paths in generated code (<c>SourcePage</c>, contract-test locations) are relative to the project directory with
/// <c>/</c> separators, so the same project generates the same bytes on every machine.
/// </summary>
public class ProjectPathTests
{
    [Theory]
    [InlineData("/src/app/docs/x.md", "/src/app", "docs/x.md")]
    [InlineData("/src/app/docs/x.md", "/src/app/", "docs/x.md")]
    [InlineData("/src/spec/api/x.md", "/src/app", "../spec/api/x.md")]
    [InlineData("/src/app/../spec/./api//x.md", "/src/app", "../spec/api/x.md")]
    [InlineData("/other/x.md", "/src/app/deep", "../../../other/x.md")]
    [InlineData(@"C:\src\spec\api\x.md", @"C:\src\app", "../spec/api/x.md")]
    [InlineData(@"c:\src\spec\x.md", @"C:\src\app", "../spec/x.md")]
    [InlineData(@"D:\spec\x.md", @"C:\src\app", "D:/spec/x.md")]
    [InlineData("api/x.md", "/src/app", "api/x.md")]
    [InlineData("/src/app/x.md", null, "/src/app/x.md")]
    [InlineData(@"C:\a\x.md", "", "C:/a/x.md")]
    public void Paths_become_relative_to_the_project_directory(string path, string? directory, string expected) =>
        Assert.Equal(expected, ProjectPaths.Relative(path, directory));

    [Fact]
    public void Two_machines_generate_the_same_bytes_with_relative_source_pages()
    {
        var unix = Generate("/home/alice/work/repo/samples/app", "/home/alice/work/repo/spec/");
        var windows = Generate(@"D:\agents\7\s\samples\app", @"D:\agents\7\s\spec\");

        Assert.Equal(unix.Keys.Order(StringComparer.Ordinal), windows.Keys.Order(StringComparer.Ordinal));
        foreach (var hint in unix.Keys)
        {
            Assert.Equal(unix[hint], windows[hint]);
        }

        var operations = unix["Operations/ChatsOperations.g.cs"];
        Assert.Contains("public const string SourcePage = \"../../spec/api/chat-post-chats-ref.md\";", operations, StringComparison.Ordinal);
        var tests = unix["ContractTests/ChatPostChatsRefContractTests.g.cs"];
        Assert.Contains("\"../../spec/api/chat-post-chats-ref.md\",", tests, StringComparison.Ordinal);
        Assert.Contains("// Request (../../spec/api/chat-post-chats-ref.md:", tests, StringComparison.Ordinal);
        Assert.DoesNotContain(unix.Values, text => text.Contains("alice", StringComparison.Ordinal));
        Assert.DoesNotContain(windows.Values, text => text.Contains("agents", StringComparison.Ordinal) || text.Contains('\\' + "spec", StringComparison.Ordinal));
    }

    /// <summary>The spec pages as AdditionalFiles under <paramref name="specFolder"/>, seen from the project directory.</summary>
    private static Dictionary<string, string> Generate(string projectDirectory, string specFolder)
    {
        var separator = specFolder.Contains('\\', StringComparison.Ordinal) ? '\\' : '/';
        var texts = Paths.ReadMarkdown(Paths.SpecFolder, string.Empty)
            .Select(f => DriverHarness.Text(specFolder + f.Path.Replace('/', separator), f.Text))
            .ToList();
        var properties = new Dictionary<string, string>(DriverHarness.DefaultProperties)
        {
            ["build_property.MSBuildProjectDirectory"] = projectDirectory,
            ["build_property.SpecdownContractTests"] = "true",
        };
        var compilation = DriverHarness.Compilation(aspNet: false).AddReferences(
            MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Xunit.Abstractions.ITestOutputHelper).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Specdown.Testing.ContractAssert).Assembly.Location));
        var driver = DriverHarness.Create(texts, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Empty(Compiler.Errors(output));
        return DriverHarness.Sources(driver.GetRunResult()).ToDictionary(s => s.Hint, s => s.Text);
    }
}
