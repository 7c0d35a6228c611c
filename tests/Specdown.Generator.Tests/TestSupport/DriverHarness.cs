using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Runs <see cref="SpecdownGenerator"/> through a <see cref="CSharpGeneratorDriver"/> with step tracking.</summary>
internal static class DriverHarness
{
    public static readonly Dictionary<string, string> DefaultProperties = new()
    {
        ["build_property.SpecdownRootNamespace"] = "Contoso.Graph",
        ["build_property.RootNamespace"] = "Ignored.Because.Specdown.Wins",
    };

    public static CSharpCompilation Compilation(bool aspNet = true) => CSharpCompilation.Create(
        "Consumer",
        new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Marker { } }", Compiler.ParseOptions) },
        Compiler.References(aspNet),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Create(IEnumerable<AdditionalText> texts, Dictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecdownGenerator().AsSourceGenerator() },
            texts,
            Compiler.ParseOptions,
            new OptionsProvider(properties ?? DefaultProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static AdditionalText Text(string path, string text) => new InMemoryText(path, text);

    /// <summary>(hint name, text) of every generated source, ordered by hint name.</summary>
    public static List<(string Hint, string Text)> Sources(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new());
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
