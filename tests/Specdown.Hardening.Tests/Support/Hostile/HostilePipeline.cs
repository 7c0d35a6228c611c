using Microsoft.CodeAnalysis;
using Specdown.Analyzers.Rules;
using Specdown.Generator.Emitting;
using Specdown.Hardening.Tests.Support.Fuzzing;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Hardening.Tests.Support.Hostile;

/// <summary>The result of parse → doc set → rules → emit over a few pages.</summary>
public sealed record PipelineResult(IReadOnlyList<PageModel> Pages, IReadOnlyList<DiagnosticInfo> Diagnostics, IReadOnlyList<GeneratedSource> Sources)
{
    public List<SyntaxTree> Trees() => GeneratedCodeCompiler.Parse(Sources);

    public bool Has(string id) => Diagnostics.Any(d => d.Id == id);

    public string DiagnosticList() => string.Join("\n", Diagnostics.Select(d => d.ToString().Length > 300 ? d.ToString().Substring(0, 300) : d.ToString()));
}

public static class HostilePipeline
{
    public static PipelineResult Run(params (string Path, string Text)[] files)
    {
        var pages = files.Select(f => PageParser.Parse(f.Path, f.Text)).ToList();
        var diagnostics = RuleRunner.Run(DocSet.Create(pages));
        var sources = SpecdownEmitter.Emit(pages, GeneratorOptions.Default, GeneratedCodeCompiler.AspNetAvailable);
        return new PipelineResult(pages, diagnostics, sources);
    }
}
