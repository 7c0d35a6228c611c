namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Finds the spec pages (copied to the output) and the shared corpus (walking up from the test folder).</summary>
internal static class Paths
{
    public static string SpecFolder => Path.Combine(AppContext.BaseDirectory, "spec");

    public static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The corpus folder, or null when absent (corpus tests are then skipped).</summary>
    public static string? Corpus()
    {
        var env = Environment.GetEnvironmentVariable("SPECDOWN_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "corpus", "graph-docs-beta-2021"), Path.Combine(dir.FullName, "..", "shared", "corpus", "graph-docs-beta-2021") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }

    /// <summary>Markdown files under a folder as (path relative with '/', text), ordered by path.</summary>
    public static List<(string Path, string Text)> ReadMarkdown(string folder, string prefix)
    {
        return Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => (prefix + Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();
    }
}
