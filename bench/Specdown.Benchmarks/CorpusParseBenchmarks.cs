using BenchmarkDotNet.Attributes;
using Markdig;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Specdown.Model.Parsing;

namespace Specdown.Benchmarks;

/// <summary>
/// The full model parse of the corpus against a plain <c>Markdig.Markdown.Parse(text)</c> of the same files (the
/// baseline, as issue 2 defines it), plus Markdig with the parser's own pipeline (block-level pipe tables, YAML front
/// matter) and with Markdig's inline-level pipe-table extension, for reference. All sides read the same preloaded texts; in-process, workstation non-concurrent GC like the CLI.
/// Corpus path from SPECDOWN_CORPUS, else ../shared/corpus/graph-docs-beta-2021 beside the repository root (found by
/// Generator.sln).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CorpusParseBenchmarks
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
    public int MarkdigPipelineParse()
    {
        var blocks = 0;
        foreach (var text in _texts)
        {
            blocks += Markdig.Markdown.Parse(text, PageParser.Pipeline).Count;
        }

        return blocks;
    }

    /// <summary>Markdig's own inline-level pipe-table extension + YAML (the parser's pipeline before block-level tables).</summary>
    [Benchmark]
    public int MarkdigInlinePipeTablesParse()
    {
        var blocks = 0;
        foreach (var text in _texts)
        {
            blocks += Markdig.Markdown.Parse(text, InlinePipeTables).Count;
        }

        return blocks;
    }

    private static readonly Markdig.MarkdownPipeline InlinePipeTables =
        new Markdig.MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

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

    /// <summary>2 warm-up and 5 measured iterations (each one parses the whole corpus), in-process, same GC for all.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithWarmupCount(2)
                .WithIterationCount(5)
                .WithGcServer(false)
                .WithGcConcurrent(false)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }

    /// <summary>SPECDOWN_CORPUS, else the corpus beside the repository root.</summary>
}
