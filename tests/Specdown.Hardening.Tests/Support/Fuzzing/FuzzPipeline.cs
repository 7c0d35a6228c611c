using Microsoft.CodeAnalysis;
using Specdown.Analyzers.Rules;
using Specdown.Generator.Emitting;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>What one run of the pipeline over a batch of pages produced and what went wrong.</summary>
public sealed class FuzzOutcome
{
    public List<string> Failures { get; } = new();

    public int DiagnosticCount { get; set; }

    public int GeneratedFiles { get; set; }

    public bool Compiled { get; set; }

    public override string ToString() => string.Join("\n", Failures);
}

/// <summary>
/// Parse → DocSet → rules → emit (→ compile) over a batch of pages, checking the properties: no exception anywhere, no
/// internal parser error, every diagnostic located inside its file, parse and emit deterministic (twice, shuffled),
/// and, when compiled, no compile error and nothing injected.
/// </summary>
public static class FuzzPipeline
{
    public static FuzzOutcome Run(IReadOnlyList<PageDraft> drafts, bool compile)
    {
        var outcome = new FuzzOutcome();
        try
        {
            RunChecked(drafts, compile, outcome);
        }
        catch (Exception exception)
        {
            outcome.Failures.Add("exception: " + exception);
        }

        return outcome;
    }

    /// <summary>Whether a batch is one of the 1-in-<paramref name="every"/> that get compiled (by content, so reproducible).</summary>
    public static bool ShouldCompile(IReadOnlyList<PageDraft> drafts, int every)
    {
        var hash = 2166136261u;
        foreach (var draft in drafts)
        {
            foreach (var c in draft.Text)
            {
                hash = (hash ^ c) * 16777619u;
            }
        }

        return every <= 1 || hash % (uint)every == 0;
    }

    private static void RunChecked(IReadOnlyList<PageDraft> drafts, bool compile, FuzzOutcome outcome)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = new List<PageModel>(drafts.Count);
        foreach (var draft in drafts)
        {
            texts[draft.Path] = draft.Text;
            var page = PageParser.Parse(draft.Path, draft.Text);
            if (!page.Equals(PageParser.Parse(draft.Path, draft.Text)))
            {
                outcome.Failures.Add("parse not deterministic: " + draft.Path);
            }

            foreach (var diagnostic in page.Diagnostics)
            {
                if (diagnostic.Message.Contains("internal parser error", StringComparison.Ordinal))
                {
                    outcome.Failures.Add("parser crashed: " + diagnostic.Message);
                }
            }

            pages.Add(page);
        }

        var diagnostics = RuleRunner.Run(DocSet.Create(pages));
        outcome.DiagnosticCount = diagnostics.Count;
        foreach (var diagnostic in diagnostics)
        {
            var problem = DiagnosticBounds.Problem(diagnostic, texts);
            if (problem is not null)
            {
                outcome.Failures.Add(problem);
            }
        }

        var options = GeneratorOptions.Default;
        var server = GeneratedCodeCompiler.AspNetAvailable;
        var sources = SpecdownEmitter.Emit(pages, options, server);
        var reversed = new List<PageModel>(pages);
        reversed.Reverse();
        if (!SameOutput(sources, SpecdownEmitter.Emit(reversed, options, server)))
        {
            outcome.Failures.Add("emit depends on page order");
        }

        if (!SameDiagnostics(diagnostics, RuleRunner.Run(DocSet.Create(reversed))))
        {
            outcome.Failures.Add("diagnostics depend on page order");
        }

        if (!SameDiagnostics(diagnostics, RuleRunner.RunOnSlimPages(pages, maxDegreeOfParallelism: 2)))
        {
            outcome.Failures.Add("diagnostics differ between the full run and the streamed run on slim pages (specdown check)");
        }

        outcome.GeneratedFiles = sources.Count;
        if (compile)
        {
            outcome.Compiled = true;
            var trees = GeneratedCodeCompiler.Parse(sources);
            outcome.Failures.AddRange(InjectionAudit.Problems(trees));
            foreach (var error in GeneratedCodeCompiler.Errors(trees))
            {
                outcome.Failures.Add("compile error: " + error);
            }
        }
    }

    private static bool SameOutput(IReadOnlyList<GeneratedSource> a, IReadOnlyList<GeneratedSource> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i].HintName, b[i].HintName, StringComparison.Ordinal) || !string.Equals(a[i].Source, b[i].Source, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameDiagnostics(IReadOnlyList<DiagnosticInfo> a, IReadOnlyList<DiagnosticInfo> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
