using System.IO.Compression;
using System.Xml.Linq;

namespace Specdown.Package.Tests;

/// <summary>What `unzip -l` of each package shows: the intended layout and metadata.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFeedFixture feed)
{
    [Fact]
    public void Analyzer_package_holds_generator_analyzers_model_and_markdig_under_analyzers_and_no_lib()
    {
        var entries = Entries("Specdown");

        Assert.Contains("analyzers/dotnet/cs/Specdown.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Specdown.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Specdown.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Specdown.Model.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
        Assert.Contains("buildTransitive/Specdown.props", entries);
        Assert.Contains("buildTransitive/Specdown.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Equal(5, entries.Count(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyzer_package_is_a_development_dependency_without_dependencies_and_with_metadata()
    {
        var metadata = Nuspec("Specdown");

        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "releaseNotes")));
        Assert.NotNull(metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository"));
        Assert.Null(metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "dependencies"));
        Assert.Equal(feed.Version, Value(metadata, "version"));
    }

    [Fact]
    public void Cli_package_runs_with_the_documented_gc_and_jit_settings()
    {
        // docs/cli.md and docs/performance.md: server GC without dynamic adaptation, at most 8 heaps, non-concurrent,
        // tiered compilation off. The check's measured figures depend on them.
        using var zip = ZipFile.OpenRead(feed.PackagePath("Specdown.Tool"));
        var entry = zip.Entries.Single(e => e.FullName == "tools/net10.0/any/specdown.runtimeconfig.json");
        using var stream = entry.Open();
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
        Assert.Equal(8, properties.GetProperty("System.GC.HeapCount").GetInt32());
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation").GetBoolean());
    }

    [Fact]
    public void Testing_package_is_a_net8_library()
    {
        var entries = Entries("Specdown.Testing");

        Assert.Contains("lib/net8.0/Specdown.Testing.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
    }

    [Fact]
    public void Cli_package_is_a_dotnet_tool_named_specdown()
    {
        var entries = Entries("Specdown.Tool");

        Assert.Contains(entries, e => e.StartsWith("tools/net10.0/any/", StringComparison.Ordinal) && e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.Contains("tools/net10.0/any/specdown.dll", entries);
        Assert.Contains("tools/net10.0/any/Markdig.dll", entries);
        Assert.Equal("DotnetTool", Nuspec("Specdown.Tool").Descendants().First(e => e.Name.LocalName == "packageType").Attribute("name")?.Value);
    }

    private string[] Entries(string id)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private XElement Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(feed.PackagePath(id));
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) =>
        metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
