using BenchmarkDotNet.Attributes;
using Specdown.Model.Parsing;

namespace Specdown.Benchmarks;

/// <summary>
/// The full model parse of the corpus against a plain Markdig parse of the same files (the baseline). Corpus path from
/// SPECDOWN_CORPUS, else ../shared/corpus/graph-docs-beta-2021 beside the repository root (found by Generator.sln).
/// </summary>
[MemoryDiagnoser]
public class CorpusParseBenchmarks
{
    private string[] _paths = Array.Empty<string>();
    private string[] _texts = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        var root = CorpusRoot();
        var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        _paths = files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToArray();
        _texts = files.Select(File.ReadAllText).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int MarkdigParse()
    {
        var blocks = 0;
        foreach (var text in _texts)
        {
            blocks += Markdig.Markdown.Parse(text, PageParser.Pipeline).Count;
        }

        return blocks;
    }

    [Benchmark]
    public int PageParserParse()
    {
        var lines = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            lines += PageParser.Parse(_paths[i], _texts[i]).Accounting.Count;
        }

        return lines;
    }

    /// <summary>SPECDOWN_CORPUS, else the corpus beside the repository root.</summary>
    public static string CorpusRoot()
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
