using System;
using System.Collections.Generic;
using System.Threading;
using Specdown.Analyzers.Rules;
using Specdown.Cli.Input;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Cli.Analysis;

/// <summary>
/// <c>specdown check</c>'s work, streamed so that memory stays small: on every core, each file is read, parsed and
/// checked by the page rules, and only a slim page (what the doc-set rules read) and its anchors are kept; the text and
/// the rest of the model are dropped. Then the doc set is built from the slim pages and the doc-set rules run on every
/// core. The diagnostics are exactly <see cref="RuleRunner.Run(DocSet, CancellationToken)"/>'s on the full pages, in
/// the same order, whatever the scheduling.
/// </summary>
public static class CheckPipeline
{
    /// <param name="files">The input files, in output order.</param>
    /// <param name="context">Where internal errors are reported.</param>
    /// <param name="keepFullPages">Keep the full pages instead of slim ones.</param>
    /// <param name="countStatistics">Count every page for <c>--stats</c> while it is whole (<see cref="CheckResult.PageStatistics"/>).</param>
    /// <param name="timer">Phase timings, or null.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; 0 for one per processor (the CLI's choice).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static CheckResult Run(
        IReadOnlyList<SourceFile> files,
        CliContext context,
        bool keepFullPages,
        bool countStatistics = false,
        PhaseTimer? timer = null,
        int maxDegreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        var threads = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        var pass = new PagePass(files.Count, countStatistics);
        var pacer = new GenerationZeroPacer();
        RuleRunner.ForEachPage(files.Count, threads, cancellationToken, i =>
        {
            pass.Process(i, files[i], keepFullPages, cancellationToken);
            pacer.Tick();
        });
        var pages = pass.Collect(files, context, out var loadDiagnostics);
        timer?.Mark("read+parse+page rules");
        var docSet = DocAnalysis.CreateDocSet(pages, context);
        timer?.Mark("doc set");
        var diagnostics = new List<DiagnosticInfo>(loadDiagnostics);
        if (pass.RuleCrash is null && docSet is not null && TryDocSetRules(docSet, pass, pacer, threads, context, cancellationToken) is { } ruled)
        {
            diagnostics.AddRange(ruled);
        }
        else
        {
            if (pass.RuleCrash is { } crash)
            {
                context.ReportInternalError("while running the rules", crash);
            }

            diagnostics.AddRange(pass.ParserDiagnostics());
            if (docSet is not null)
            {
                diagnostics.AddRange(docSet.Diagnostics);
            }
        }

        timer?.Mark("rules");
        return new CheckResult(pages, docSet, diagnostics, pass.PageStatistics);
    }

    private static IReadOnlyList<DiagnosticInfo>? TryDocSetRules(
        DocSet docSet,
        PagePass pass,
        GenerationZeroPacer pacer,
        int threads,
        CliContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            var rules = new DocSetRules(docSet, pass.AnchorsByPath());
            var pages = docSet.Pages;
            var perPage = new List<DiagnosticInfo>[pages.Count];
            RuleRunner.ForEachPage(pages.Count, threads, cancellationToken, i =>
            {
                var list = new List<DiagnosticInfo>();
                rules.Check(pages[i], list);
                perPage[i] = list;
                pacer.Tick();
            });

            var output = new List<DiagnosticInfo>();
            rules.CheckAcrossPages(output);
            pass.AddPageRuleDiagnostics(output);
            foreach (var list in perPage)
            {
                output.AddRange(list);
            }

            return RuleRunner.Order(output);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportInternalError("while running the rules", exception);
            return null;
        }
    }
}
