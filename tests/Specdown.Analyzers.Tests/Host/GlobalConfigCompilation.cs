using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Specdown.Analyzers.Tests.Host;

/// <summary>
/// Runs an analyzer the way csc does with a global analyzer config: the config is parsed by Roslyn's own
/// <see cref="AnalyzerConfigSet"/> and its diagnostic severities reach the compilation through a
/// <see cref="SyntaxTreeOptionsProvider"/>, which is where the compiler looks for diagnostics outside C# files.
/// </summary>
internal static class GlobalConfigCompilation
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, string globalConfig, params (string Path, string Text)[] additionalFiles)
    {
        var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(globalConfig, "/.globalconfig") }, out var configDiagnostics);
        Assert.Empty(configDiagnostics);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSyntaxTreeOptionsProvider(new GlobalOptionsProvider(set.GlobalConfigOptions));
        var compilation = CSharpCompilation.Create(
            "Docs",
            new[] { CSharpSyntaxTree.ParseText("class C { }", path: "/C.cs") },
            Basic.Reference.Assemblies.Net100.References.All,
            options);
        var texts = additionalFiles.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), new AnalyzerOptions(texts));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class GlobalOptionsProvider(AnalyzerConfigOptionsResult global) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            global.TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            global.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
