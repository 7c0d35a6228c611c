using BenchmarkDotNet.Attributes;
using Specdown.Analyzers.Rules;
using Specdown.Model;
using Specdown.Model.Parsing;

namespace Specdown.Benchmarks;

/// <summary>
/// <c>specdown check</c>'s work on the whole corpus (parse every page, build the doc set, run every rule) against a
/// plain Markdig parse of the same texts (the baseline; goal: within 2x). Texts are read once in the setup. One op is
/// seconds long: run with --inProcess --strategy Monitoring --warmupCount 1 --iterationCount 3 (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string[] _paths = Array.Empty<string>();
    private string[] _texts = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        var corpus = CorpusFiles.Load();
        _paths = corpus.Paths;
        _texts = corpus.Texts;
    }

    [Benchmark(Baseline = true)]
    public int MarkdigParse()
    {
        var blocks = 0;
        foreach (var text in _texts)
        {
            blocks += Markdig.Markdown.Parse(text).Count;
        }

        return blocks;
    }

    [Benchmark]
    public int SpecdownCheck()
    {
        var pages = new List<PageModel>(_texts.Length);
        for (var i = 0; i < _texts.Length; i++)
        {
            pages.Add(PageParser.Parse(_paths[i], _texts[i]));
        }

        return RuleRunner.Run(DocSet.Create(pages)).Count;
    }
}
