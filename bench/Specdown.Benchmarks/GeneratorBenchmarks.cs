using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Specdown.Generator;

namespace Specdown.Benchmarks;

/// <summary>
/// The Specdown generator over the whole corpus through a <see cref="CSharpGeneratorDriver"/>: a cold run (new driver)
/// against a warm run (a driver that has already run, after one page was edited). Goal: warm &lt; 2 % of cold.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class GeneratorBenchmarks
{
    /// <summary>In process (no child build of the analyzer graph), few iterations: a cold run takes seconds.</summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default
            .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5));
    }

    private const int WarmRuns = 20;

    private AdditionalText[] _texts = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _primed = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = CorpusFiles.FindRoot();
        var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        _texts = files.Select(f => (AdditionalText)new FileText(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f))).ToArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class C { }") }, references);
        _primed = NewDriver().RunGenerators(_compilation);
        _original = _texts.First(t => t.Path.EndsWith("resources/chat.md", StringComparison.Ordinal));
        var text = _original.GetText()!.ToString();
        _edited = new FileText(_original.Path, text.Replace("conversation", "edited conversation", StringComparison.Ordinal));
    }

    [Benchmark(Baseline = true)]
    public int Cold() => Count(NewDriver().RunGenerators(_compilation));

    /// <summary>
    /// What an IDE does after an edit: the same driver, one AdditionalText replaced, run again. Each invocation makes
    /// <see cref="WarmRuns"/> such runs (the page edited, then restored, and so on), so a run of a few milliseconds is
    /// measured over a long enough interval; BenchmarkDotNet reports the time per run.
    /// </summary>
    [Benchmark(OperationsPerInvoke = WarmRuns)]
    public int WarmOnePageEdited()
    {
        var driver = _primed;
        var count = 0;
        for (var i = 0; i < WarmRuns; i++)
        {
            driver = i % 2 == 0
                ? driver.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation)
                : driver.ReplaceAdditionalText(_edited, _original).RunGenerators(_compilation);
            count += Count(driver);
        }

        return count;
    }

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new SpecdownGenerator().AsSourceGenerator() },
        _texts,
        CSharpParseOptions.Default,
        new BenchOptions(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static int Count(GeneratorDriver driver) => driver.GetRunResult().Results[0].GeneratedSources.Length;

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class BenchOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Global = new(ImmutableDictionary<string, string>.Empty.Add("build_property.SpecdownRootNamespace", "Bench.Graph"));
        private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var result);
                value = result ?? string.Empty;
                return found;
            }
        }
    }
}
