using System;
using System.Collections.Generic;
using System.Threading;
using Specdown.Analyzers.Rules;
using Specdown.Cli.Input;
using Specdown.Cli.Stats;
using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Cli.Analysis;

/// <summary>
/// The first pass of <see cref="CheckPipeline"/>: per file (any thread), read, parse, run the page rules, collect the
/// anchors, keep a slim page. Results are stored by file index, so their order is the file order whatever the
/// scheduling. Unreadable files become SPD0113; a parser exception is an internal error for that file and the run goes on.
/// </summary>
internal sealed class PagePass
{
    private readonly PageModel?[] _pages;
    private readonly EquatableArray<DiagnosticInfo>[] _parserDiagnostics;
    private readonly List<DiagnosticInfo>?[] _pageRuleDiagnostics;
    private readonly HashSet<string>?[] _anchors;
    private readonly DiagnosticInfo?[] _failures;
    private readonly Exception?[] _parseCrashes;
    private readonly Exception?[] _ruleCrashes;
    private readonly OrderedStatsMerger? _statistics;

    /// <param name="count">The number of files.</param>
    /// <param name="countStatistics">Count each page for <c>--stats</c> (<see cref="StatsCollector.CountPage(PageModel)"/>).</param>
    public PagePass(int count, bool countStatistics)
    {
        _statistics = countStatistics ? new OrderedStatsMerger(count) : null;
        _pages = new PageModel?[count];
        _parserDiagnostics = new EquatableArray<DiagnosticInfo>[count];
        _pageRuleDiagnostics = new List<DiagnosticInfo>?[count];
        _anchors = new HashSet<string>?[count];
        _failures = new DiagnosticInfo?[count];
        _parseCrashes = new Exception?[count];
        _ruleCrashes = new Exception?[count];
    }

    /// <summary>The statistics of every parsed page, added up in file order; null unless asked for.</summary>
    public DocStatistics? PageStatistics => _statistics?.Total;

    /// <summary>The first exception thrown by a page rule (in file order), or null.</summary>
    public Exception? RuleCrash
    {
        get
        {
            foreach (var crash in _ruleCrashes)
            {
                if (crash is not null)
                {
                    return crash;
                }
            }

            return null;
        }
    }

    public void Process(int index, SourceFile file, bool keepFullPage, CancellationToken cancellationToken)
    {
        DocStatistics? counts = null;
        try
        {
            counts = Process(index, file, keepFullPage, _statistics is not null, cancellationToken);
        }
        finally
        {
            _statistics?.Complete(index, counts);
        }
    }

    /// <returns>The page's statistics when <paramref name="count"/> is set and the page was parsed, else null.</returns>
    private DocStatistics? Process(int index, SourceFile file, bool keepFullPage, bool count, CancellationToken cancellationToken)
    {
        var text = SourceReader.Read(file.FullPath, out var failure);
        if (text is null)
        {
            _failures[index] = DiagnosticInfo.Create(RuleIds.UnreadableFile, LocationInfo.FileStart(file.DisplayPath), failure ?? "unknown error");
            return null;
        }

        PageModel page;
        try
        {
            page = PageParser.Parse(file.DisplayPath, text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _parseCrashes[index] = exception;
            return null;
        }

        _parserDiagnostics[index] = page.Diagnostics;
        _pages[index] = page;
        var counts = count ? StatsCollector.CountPage(page) : null;
        try
        {
            var diagnostics = new List<DiagnosticInfo>();
            PageRules.Check(page, diagnostics);
            _anchors[index] = PageRules.Anchors(page);
            _pageRuleDiagnostics[index] = diagnostics;
            _pages[index] = keepFullPage ? page : PageRules.Slim(page);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _ruleCrashes[index] = exception;
        }

        return counts;
    }

    /// <summary>The pages in file order; reports parser crashes; <paramref name="loadDiagnostics"/> gets SPD0113s.</summary>
    public List<PageModel> Collect(IReadOnlyList<SourceFile> files, CliContext context, out List<DiagnosticInfo> loadDiagnostics)
    {
        var pages = new List<PageModel>(files.Count);
        loadDiagnostics = new List<DiagnosticInfo>();
        for (var i = 0; i < files.Count; i++)
        {
            if (_parseCrashes[i] is { } crash)
            {
                context.ReportInternalError($"while parsing {files[i].DisplayPath}", crash);
            }

            if (_pages[i] is { } page)
            {
                pages.Add(page);
            }

            if (_failures[i] is { } failure)
            {
                loadDiagnostics.Add(failure);
            }
        }

        return pages;
    }

    /// <summary>The page anchors by page path, for <see cref="DocSetRules"/>.</summary>
    public Dictionary<string, HashSet<string>> AnchorsByPath()
    {
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < _pages.Length; i++)
        {
            if (_pages[i] is { } page && _anchors[i] is { } set)
            {
                anchors[page.Path] = set;
            }
        }

        return anchors;
    }

    /// <summary>Adds the page rules' diagnostics (which include the parser's) of every page.</summary>
    public void AddPageRuleDiagnostics(List<DiagnosticInfo> output)
    {
        foreach (var list in _pageRuleDiagnostics)
        {
            if (list is not null)
            {
                output.AddRange(list);
            }
        }
    }

    /// <summary>The parser's diagnostics of every page (when the rules could not run).</summary>
    public IEnumerable<DiagnosticInfo> ParserDiagnostics()
    {
        foreach (var diagnostics in _parserDiagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                yield return diagnostic;
            }
        }
    }
}
