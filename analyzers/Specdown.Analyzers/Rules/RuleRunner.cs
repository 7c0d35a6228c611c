using System;
using System.Collections.Generic;
using System.Threading;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Runs every documentation rule over a doc set. Rules are pure functions DocSet → DiagnosticInfo; the Roslyn analyzer
/// and the CLI only convert the results, so the build and <c>specdown check</c> always agree.
/// </summary>
public static class RuleRunner
{
    /// <summary>
    /// All diagnostics of the doc set: the parser's own (from each page), the doc set's, and every rule's, ordered by
    /// path, line, column and ID, without duplicates.
    /// </summary>
    public static IReadOnlyList<DiagnosticInfo> Run(DocSet docSet, CancellationToken cancellationToken = default)
    {
        var output = new List<DiagnosticInfo>();
        foreach (var diagnostic in docSet.Diagnostics)
        {
            output.Add(diagnostic);
        }

        var links = new BrokenLinkRule(docSet);
        var paths = new RequestPathRule(docSet);
        foreach (var page in docSet.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.AddRange(page.Diagnostics);
            RunPageRules(docSet, page, links, paths, output);
        }

        DuplicateExampleNameRule.Check(docSet, output);
        return Order(output);
    }

    /// <summary>The rules that look at one page (and the doc set for types and links).</summary>
    private static void RunPageRules(DocSet docSet, PageModel page, BrokenLinkRule links, RequestPathRule paths, List<DiagnosticInfo> output)
    {
        PlaceholderTextRule.Check(page, output);
        BodylessStatusRule.Check(page, output);
        ContentLengthRule.Check(page, output);
        MalformedHttpRule.Check(page, output);
        RequiredPropertyRule.Check(page, output);
        ExampleConformanceRule.Check(docSet, page, output);
        InvalidJsonRule.Check(page, output);
        paths.Check(page, output);
        StatusProseRule.Check(page, output);
        UnresolvedTypeRule.Check(docSet, page, output);
        RefBodyRule.Check(page, output);
        AnnotationRule.Check(page, output);
        RepresentationRule.Check(docSet, page, output);
        ServerAssignedRequiredRule.Check(docSet, page, output);
        links.Check(page, output);
        ResponseTypeRule.Check(docSet, page, output);
    }

    /// <summary>Sorts by path, line, column, ID and message (ordinal) and drops exact duplicates.</summary>
    public static IReadOnlyList<DiagnosticInfo> Order(List<DiagnosticInfo> diagnostics)
    {
        diagnostics.Sort(Compare);
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

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Message, b.Message);
        }

        return c;
    }
}
