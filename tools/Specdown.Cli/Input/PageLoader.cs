using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Cli.Input;

/// <summary>
/// Reads and parses files in parallel (bounded by the processor count). Results are stored by index, so the output
/// order is the file order whatever the scheduling. Unreadable files become SPD0113; a parser exception is reported as
/// an internal error for that file and the run goes on.
/// </summary>
public static class PageLoader
{
    public static LoadedDocuments Load(IReadOnlyList<SourceFile> files, CliContext context, CancellationToken cancellationToken = default)
    {
        var pages = new PageModel?[files.Count];
        var texts = new string?[files.Count];
        var failures = new DiagnosticInfo?[files.Count];
        var crashes = new Exception?[files.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, files.Count, options, i =>
        {
            var file = files[i];
            var text = SourceReader.Read(file.FullPath, out var failure);
            if (text is null)
            {
                failures[i] = DiagnosticInfo.Create(RuleIds.UnreadableFile, LocationInfo.FileStart(file.DisplayPath), failure ?? "unknown error");
                return;
            }

            texts[i] = text;
            try
            {
                pages[i] = PageParser.Parse(file.DisplayPath, text, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                crashes[i] = exception;
            }
        });
        return Collect(files, pages, texts, failures, crashes, context);
    }

    private static LoadedDocuments Collect(
        IReadOnlyList<SourceFile> files,
        PageModel?[] pages,
        string?[] texts,
        DiagnosticInfo?[] failures,
        Exception?[] crashes,
        CliContext context)
    {
        var pageList = new List<PageModel>(files.Count);
        var textMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        for (var i = 0; i < files.Count; i++)
        {
            if (crashes[i] is { } crash)
            {
                context.ReportInternalError($"while parsing {files[i].DisplayPath}", crash);
            }

            if (pages[i] is { } page)
            {
                pageList.Add(page);
            }

            if (texts[i] is { } text)
            {
                textMap[files[i].DisplayPath] = text;
            }

            if (failures[i] is { } failure)
            {
                diagnostics.Add(failure);
            }
        }

        return new LoadedDocuments(files, pageList, textMap, diagnostics);
    }
}
