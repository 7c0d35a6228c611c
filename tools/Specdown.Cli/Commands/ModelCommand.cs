using System;
using System.Collections.Generic;
using System.CommandLine;
using Specdown.Cli.Analysis;
using Specdown.Cli.Input;
using Specdown.Cli.Output;
using Specdown.Cli.Stats;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Commands;

/// <summary>
/// <c>specdown model</c>: the doc-set model as JSON. With <c>--accounting</c> it also checks that every non-blank
/// line is accounted for by the parser, and exits 1 when one is not.
/// </summary>
internal static class ModelCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var output = CommonOptions.Output("Write the model JSON to this file instead of stdout.");
        var stats = CommonOptions.Stats();
        var accounting = new Option<bool>("--accounting")
        {
            Description = "Add line accounting (lines by category, unaccounted non-blank lines); exit 1 if any line is unaccounted.",
        };
        var command = new Command("model", "Write the parsed doc-set model as JSON.") { paths, output, stats, accounting };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetValue(paths) ?? Array.Empty<string>(),
            parseResult.GetValue(output),
            parseResult.GetValue(stats),
            parseResult.GetValue(accounting)));
        return command;
    }

    public static int Run(CliContext context, string[] paths, string? output, bool stats, bool accounting)
    {
        var files = DocumentLoader.Find(paths, context);
        var documents = PageLoader.Load(files, context);
        var docSet = DocAnalysis.CreateDocSet(documents, context);
        var report = accounting ? AccountingReport.Compute(documents.Pages, documents.Texts) : null;
        var setDiagnostics = new List<DiagnosticInfo>(documents.LoadDiagnostics);
        if (docSet is not null)
        {
            setDiagnostics.AddRange(docSet.Diagnostics);
        }

        OutputFiles.Emit(context, output, stream => ModelJsonWriter.Write(stream, documents.Pages, docSet, setDiagnostics, report));
        var sideChannel = output is null ? context.Error : context.Output;
        if (stats)
        {
            var diagnostics = new List<DiagnosticInfo>(setDiagnostics);
            foreach (var page in documents.Pages)
            {
                diagnostics.AddRange(page.Diagnostics);
            }

            StatsWriter.Write(sideChannel, StatsCollector.Collect(documents.Pages, docSet, StatsCollector.Ids(diagnostics)));
        }

        if (report is not null)
        {
            report.WriteText(sideChannel);
            return report.Unaccounted.Count > 0 ? ExitCodes.Errors : ExitCodes.Success;
        }

        return ExitCodes.Success;
    }
}
