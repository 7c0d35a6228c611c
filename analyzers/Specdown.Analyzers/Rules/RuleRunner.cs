using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Runs every documentation rule over a doc set. Rules are pure functions DocSet → DiagnosticInfo; the Roslyn analyzer
/// and the CLI only convert the results, so the build and <c>specdown check</c> always agree. The rules are split in
/// <see cref="PageRules"/> (one page) and <see cref="DocSetRules"/> (the doc set) so that a host can run the first as
/// each page is parsed and keep only a slim page for the second.
/// </summary>
public static class RuleRunner
{
    /// <summary>
    /// All diagnostics of the doc set: the parser's own (from each page), the doc set's, and every rule's, ordered by
    /// path, line, column and ID, without duplicates.
    /// </summary>
    public static IReadOnlyList<DiagnosticInfo> Run(DocSet docSet, CancellationToken cancellationToken = default) =>
        Run(docSet, 1, cancellationToken);

    /// <summary>
    /// <see cref="Run(DocSet, CancellationToken)"/> with the pages checked on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads; the result does not depend on it.
    /// </summary>
    public static IReadOnlyList<DiagnosticInfo> Run(DocSet docSet, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        var rules = new DocSetRules(docSet);
        var pages = docSet.Pages;
        var perPage = new List<DiagnosticInfo>[pages.Count];
        ForEachPage(pages.Count, maxDegreeOfParallelism, cancellationToken, i =>
        {
            var list = new List<DiagnosticInfo>();
            PageRules.Check(pages[i], list);
            rules.Check(pages[i], list);
            perPage[i] = list;
        });

        var output = new List<DiagnosticInfo>();
        rules.CheckAcrossPages(output);
        foreach (var list in perPage)
        {
            output.AddRange(list);
        }

        return Order(output);
    }

    /// <summary>
    /// The streamed run <c>specdown check</c> makes, for pages already parsed: the page rules and anchors on each full
    /// page, then the doc-set rules on a doc set of <see cref="PageRules.Slim"/> pages. Same result as
    /// <see cref="Run(DocSet, CancellationToken)"/> on the full pages (the tests hold both to it).
    /// </summary>
    public static IReadOnlyList<DiagnosticInfo> RunOnSlimPages(IReadOnlyList<PageModel> pages, int maxDegreeOfParallelism = 1, CancellationToken cancellationToken = default)
    {
        var local = new List<DiagnosticInfo>[pages.Count];
        var anchors = new HashSet<string>[pages.Count];
        var slim = new PageModel[pages.Count];
        ForEachPage(pages.Count, maxDegreeOfParallelism, cancellationToken, i =>
        {
            local[i] = new List<DiagnosticInfo>();
            PageRules.Check(pages[i], local[i]);
            anchors[i] = PageRules.Anchors(pages[i]);
            slim[i] = PageRules.Slim(pages[i]);
        });

        var byPath = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            byPath[pages[i].Path] = anchors[i];
        }

        var docSet = DocSet.Create(slim);
        var rules = new DocSetRules(docSet, byPath);
        var perPage = new List<DiagnosticInfo>[docSet.Pages.Count];
        ForEachPage(perPage.Length, maxDegreeOfParallelism, cancellationToken, i =>
        {
            perPage[i] = new List<DiagnosticInfo>();
            rules.Check(docSet.Pages[i], perPage[i]);
        });

        var output = new List<DiagnosticInfo>();
        rules.CheckAcrossPages(output);
        foreach (var list in local)
        {
            output.AddRange(list);
        }

        foreach (var list in perPage)
        {
            output.AddRange(list);
        }

        return Order(output);
    }

    /// <summary>Runs <paramref name="action"/> for 0..count-1, on the calling thread when the parallelism is 1.</summary>
    public static void ForEachPage(int count, int maxDegreeOfParallelism, CancellationToken cancellationToken, Action<int> action)
    {
        if (maxDegreeOfParallelism <= 1 || count < 2)
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                action(i);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, count, options, action);
    }

    /// <summary>
    /// Sorts by path, line, column, ID and message (ordinal) and drops duplicates (same path, line, column, ID and
    /// message). Ties are broken on the rest of the location and the arguments, so the result never depends on the
    /// order of the input.
    /// </summary>
    public static IReadOnlyList<DiagnosticInfo> Order(List<DiagnosticInfo> diagnostics)
    {
        diagnostics.Sort(CompareFully);
        var result = new List<DiagnosticInfo>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (result.Count > 0 && Compare(result[result.Count - 1], diagnostic) == 0)
            {
                continue;
            }

            result.Add(diagnostic);
        }

        return result;
    }

    private static int Compare(DiagnosticInfo a, DiagnosticInfo b)
    {
        var c = string.CompareOrdinal(a.Location.FilePath, b.Location.FilePath);
        if (c == 0)
        {
            c = a.Location.StartLine.CompareTo(b.Location.StartLine);
        }

        if (c == 0)
        {
            c = a.Location.StartColumn.CompareTo(b.Location.StartColumn);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Id, b.Id);
        }

        if (c == 0 && !ReferenceEquals(a, b))
        {
            c = string.CompareOrdinal(a.Message, b.Message);
        }

        return c;
    }

    private static int CompareFully(DiagnosticInfo a, DiagnosticInfo b)
    {
        var c = Compare(a, b);
        if (c != 0 || ReferenceEquals(a, b))
        {
            return c;
        }

        c = a.Location.Start.CompareTo(b.Location.Start);
        if (c == 0)
        {
            c = a.Location.Length.CompareTo(b.Location.Length);
        }

        if (c == 0)
        {
            c = a.Location.EndLine.CompareTo(b.Location.EndLine);
        }

        if (c == 0)
        {
            c = a.Location.EndColumn.CompareTo(b.Location.EndColumn);
        }

        for (var i = 0; c == 0 && i < Math.Max(a.Arguments.Count, b.Arguments.Count); i++)
        {
            c = i >= a.Arguments.Count ? -1 : i >= b.Arguments.Count ? 1 : string.CompareOrdinal(a.Arguments[i], b.Arguments[i]);
        }

        return c;
    }
}
