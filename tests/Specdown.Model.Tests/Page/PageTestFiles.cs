using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>Loads the fixtures and spec pages copied beside the test assembly, and parses them.</summary>
internal static class PageTestFiles
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    public static PageModel Parse(string relativePath) => PageParser.Parse(relativePath, Read(relativePath));

    public static PageModel Fixture(string name) => Parse("Fixtures/" + name);

    public static IEnumerable<string> SpecPages() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "spec"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(AppContext.BaseDirectory, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);
}
