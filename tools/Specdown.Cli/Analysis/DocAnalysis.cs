using System;
using System.Collections.Generic;
using System.Threading;
using Specdown.Analyzers.Rules;
using Specdown.Cli.Input;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Analysis;

/// <summary>
/// Builds the doc set and runs the rules, the same code the analyzer runs. An exception from the doc set or the rules is
/// a bug: it is reported as an internal error and the parse-level diagnostics are still returned.
/// </summary>
public static class DocAnalysis
{
    public static DocSet? CreateDocSet(LoadedDocuments documents, CliContext context) => CreateDocSet(documents.Pages, context);

    public static DocSet? CreateDocSet(IReadOnlyList<PageModel> pages, CliContext context)
    {
        try
        {
            return DocSet.Create(pages);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportInternalError("while building the doc set", exception);
            return null;
        }
    }

    /// <summary>Every diagnostic: the loader's (SPD0113), then the rules' (which include the parser's and the doc set's).</summary>
    public static List<DiagnosticInfo> Diagnose(LoadedDocuments documents, DocSet? docSet, CliContext context, CancellationToken cancellationToken = default)
    {
        var all = new List<DiagnosticInfo>(documents.LoadDiagnostics);
        if (docSet is not null)
        {
            try
            {
                all.AddRange(RuleRunner.Run(docSet, cancellationToken));
                return all;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.ReportInternalError("while running the rules", exception);
            }
        }

        foreach (var page in documents.Pages)
        {
            all.AddRange(page.Diagnostics);
        }

        if (docSet is not null)
        {
            all.AddRange(docSet.Diagnostics);
        }

        return all;
    }
}
