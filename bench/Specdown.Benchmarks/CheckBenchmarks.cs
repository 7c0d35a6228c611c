using BenchmarkDotNet.Attributes;
using Specdown.Analyzers.Rules;
using Specdown.Cli;
using Specdown.Cli.Analysis;
using Specdown.Cli.Input;
using Specdown.Model;
using Specdown.Model.Parsing;

namespace Specdown.Benchmarks;

/// <summary>
/// <c>specdown check</c>'s work on the whole corpus, by the CLI's own code (<see cref="CheckPipeline"/>: read, parse and
/// page rules per file, slim pages, doc set, doc-set rules; parallel on every core as the CLI runs it, and on one thread
/// for the CPU-bound figure) against a plain single-threaded Markdig parse of the same texts (the baseline; goal: within
/// 2x). The baseline's texts are preloaded; the check reads the files itself, as the CLI does (from the page cache after
/// the first iteration). Two more one-thread cases split the check: the read and model parse alone, and everything but
/// the parse (page rules, slim pages, doc set, doc-set rules) on pages parsed beforehand. One op is seconds long: run
/// with --inProcess --strategy Monitoring, in a process configured as the CLI is (<see cref="CliRuntimeSettings"/>,
/// docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string[] _texts = Array.Empty<string>();
    private IReadOnlyList<SourceFile> _files = Array.Empty<SourceFile>();
    private PageModel[] _parsed = Array.Empty<PageModel>();
    private CliContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        CliRuntimeSettings.Require();
        var corpus = CorpusFiles.Load();
        _texts = corpus.Texts;
        _context = new CliContext(TextWriter.Null, TextWriter.Null, corpus.Root);
        _files = DocumentLoader.Find(new[] { "." }, _context);
        if (_files.Count != _texts.Length)
        {
            throw new InvalidOperationException($"the check sees {_files.Count} files, the baseline {_texts.Length}");
        }
    }

    [GlobalSetup(Target = nameof(RulesOnParsedPagesOneThread))]
    public void SetupParsedPages()
    {
        Setup();
        _parsed = new PageModel[_files.Count];
        for (var i = 0; i < _parsed.Length; i++)
        {
            _parsed[i] = PageParser.Parse(_files[i].DisplayPath, _texts[i]);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _parsed = Array.Empty<PageModel>();

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

    /// <summary>The CLI's check: every core (2 on the reference machine).</summary>
    [Benchmark]
    public int SpecdownCheck() => CheckPipeline.Run(_files, _context, keepFullPages: false).Diagnostics.Count;

    /// <summary>The same code on one thread: the CPU cost of the check.</summary>
    [Benchmark]
    public int SpecdownCheckOneThread() =>
        CheckPipeline.Run(_files, _context, keepFullPages: false, maxDegreeOfParallelism: 1).Diagnostics.Count;

    /// <summary>The check's read and model parse alone (each file read and parsed, the page dropped), one thread.</summary>
    [Benchmark]
    public int ReadAndParseOneThread()
    {
        var headings = 0;
        foreach (var file in _files)
        {
            var text = SourceReader.Read(file.FullPath, out _) ?? string.Empty;
            headings += PageParser.Parse(file.DisplayPath, text).Headings.Count;
        }

        return headings;
    }

    /// <summary>The check without the read and parse: the same rules, slim pages and doc set on pages parsed beforehand.</summary>
    [Benchmark]
    public int RulesOnParsedPagesOneThread() => RuleRunner.RunOnSlimPages(_parsed, 1).Count;
}
