namespace Specdown.Benchmarks;

/// <summary>
/// The beta corpus as every benchmark reads it: <c>SPECDOWN_CORPUS</c>, or <c>../shared/corpus/graph-docs-beta-2021</c>
/// beside the repository; files ordinal-sorted, paths relative to the corpus root with '/' separators, texts preloaded.
/// </summary>
internal sealed class CorpusFiles
{
    private CorpusFiles(string root, string[] paths, string[] texts)
    {
        Root = root;
        Paths = paths;
        Texts = texts;
    }

    public string Root { get; }

    public string[] Paths { get; }

    public string[] Texts { get; }

    public static CorpusFiles Load()
    {
        var root = FindRoot();
        var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return new CorpusFiles(
            root,
            files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToArray(),
            files.Select(File.ReadAllText).ToArray());
    }

    public static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SPECDOWN_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "graph-docs-beta-2021"));
            }
        }

        throw new DirectoryNotFoundException("Set SPECDOWN_CORPUS: Generator.sln was not found above " + AppContext.BaseDirectory);
    }
}
