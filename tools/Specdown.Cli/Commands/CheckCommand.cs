using System;
using System.Collections.Generic;
using System.CommandLine;
using Specdown.Cli.Analysis;
using Specdown.Cli.Baseline;
using Specdown.Cli.Input;
using Specdown.Cli.Output;
using Specdown.Cli.Stats;

namespace Specdown.Cli.Commands;

/// <summary><c>specdown check</c>: every diagnostic of the docs, as text, JSON or SARIF; exit 1 when there are errors.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = CommonOptions.Output("Write the diagnostics to this file instead of stdout.");
        var stats = CommonOptions.Stats();
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings not recorded in this baseline file." };
        var update = new Option<bool>("--update-baseline") { Description = "Record the current findings in the --baseline file." };
        var severity = new Option<string[]>("--severity")
        {
            Description = "Override a rule's severity: ID=error|warning|suggestion|silent|none (repeatable).",
            Arity = ArgumentArity.OneOrMore,
        };
        var config = new Option<string?>("--config") { Description = "Read rule severities from a .globalconfig file (dotnet_diagnostic.ID.severity)." };
        var command = new Command("check", "Report every problem of the docs with file(line,col), severity, ID and message.")
        {
            paths, format, output, stats, baseline, update, severity, config,
        };
        command.SetAction(parseResult => Run(context, new CheckSettings(
            parseResult.GetValue(paths) ?? Array.Empty<string>(),
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(output),
            parseResult.GetValue(stats),
            parseResult.GetValue(baseline),
            parseResult.GetValue(update),
            parseResult.GetValue(severity) ?? Array.Empty<string>(),
            parseResult.GetValue(config))));
        return command;
    }

    public static int Run(CliContext context, CheckSettings settings)
    {
        if (settings.UpdateBaseline && settings.Baseline is null)
        {
            throw new UsageException("--update-baseline needs --baseline FILE");
        }

        var timer = new PhaseTimer(context.Error);
        var severities = ReadSeverities(context, settings);
        var files = DocumentLoader.Find(settings.Paths, context);
        timer.Mark("find files");
        var result = CheckPipeline.Run(files, context, keepFullPages: false, countStatistics: settings.Stats, timer);
        var findings = FindingBuilder.Build(result.Diagnostics, severities);
        var lines = new SourceLines(ReadText(files));
        var reported = ApplyBaseline(context, settings, findings, lines, out var suppressed);
        OutputFiles.Emit(context, settings.Output, stream => WriteFindings(stream, settings.Format, reported, lines));
        timer.Mark("output");
        if (settings.Stats)
        {
            var stats = StatsCollector.Collect(result.Pages, result.PageStatistics!, result.DocSet, FindingIds(findings));
            CommonOptions.PrintStats(context, stats, mainOutputOnStdout: settings.Output is null);
        }

        PrintSummary(context, files.Count, reported, suppressed, settings);
        return FindingBuilder.CountErrors(reported) > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>
    /// The text of an input file by display path, read again when a finding's line is needed (SARIF fingerprints,
    /// baselines): the check does not keep the texts in memory.
    /// </summary>
    private static Func<string, string?> ReadText(IReadOnlyList<SourceFile> files)
    {
        var byDisplayPath = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byDisplayPath[file.DisplayPath] = file;
        }

        return path => byDisplayPath.TryGetValue(path, out var file) ? SourceReader.Read(file.FullPath, out _) : null;
    }

    private static SeverityConfiguration ReadSeverities(CliContext context, CheckSettings settings)
    {
        var severities = new SeverityConfiguration();
        if (settings.ConfigFile is { } config)
        {
            var full = context.ResolvePath(config);
            if (!System.IO.File.Exists(full))
            {
                throw new UsageException($"config file not found: {config}");
            }

            GlobalConfigReader.ReadFile(full, config, severities);
        }

        foreach (var entry in settings.SeverityOverrides)
        {
            severities.AddCommandLineOverride(entry);
        }

        return severities;
    }

    private static List<Finding> ApplyBaseline(CliContext context, CheckSettings settings, List<Finding> findings, SourceLines lines, out int suppressed)
    {
        suppressed = 0;
        if (settings.Baseline is not { } baseline)
        {
            return findings;
        }

        var full = context.ResolvePath(baseline);
        if (settings.UpdateBaseline)
        {
            BaselineFile.Write(full, BaselineFilter.Record(findings, lines));
            context.Error.WriteLine($"specdown: recorded {findings.Count} finding(s) in baseline {baseline}");
            return new List<Finding>();
        }

        if (!System.IO.File.Exists(full))
        {
            throw new UsageException($"baseline file not found: {baseline} (create it with --update-baseline)");
        }

        return BaselineFilter.RemoveKnown(findings, BaselineFile.Read(full, baseline), lines, out suppressed);
    }

    private static void WriteFindings(System.IO.Stream stream, string format, IReadOnlyList<Finding> findings, SourceLines lines)
    {
        switch (format)
        {
            case "json":
                JsonDiagnosticWriter.Write(stream, findings);
                break;
            case "sarif":
                SarifWriter.Write(stream, findings, lines, SpecdownApp.Version);
                break;
            default:
                TextDiagnosticWriter.Write(stream, findings);
                break;
        }
    }

    private static IEnumerable<string> FindingIds(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            yield return finding.Id;
        }
    }

    private static void PrintSummary(CliContext context, int fileCount, IReadOnlyList<Finding> findings, int suppressed, CheckSettings settings)
    {
        if (settings.UpdateBaseline)
        {
            return;
        }

        var errors = FindingBuilder.CountErrors(findings);
        var warnings = 0;
        foreach (var finding in findings)
        {
            warnings += finding.Severity == ReportSeverity.Warning ? 1 : 0;
        }

        var others = findings.Count - errors - warnings;
        var baselineNote = settings.Baseline is null ? string.Empty : $", {suppressed} suppressed by the baseline";
        context.Error.WriteLine($"specdown: {fileCount} file(s) checked: {errors} error(s), {warnings} warning(s), {others} info{baselineNote}");
    }
}
