using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// The rules that need the whole doc set: per page (types, links, documented paths) and across pages (duplicate
/// example names, the doc set's own diagnostics). Read-only after construction: <see cref="Check"/> may run on several
/// pages at once.
/// </summary>
public sealed class DocSetRules
{
    private readonly DocSet _docSet;
    private readonly BrokenLinkRule _links;
    private readonly RequestPathRule _paths;

    /// <param name="docSet">The doc set, of full pages or of <see cref="PageRules.Slim"/> ones.</param>
    /// <param name="anchors">
    /// For slim pages: <see cref="PageRules.Anchors"/> of every page by <see cref="PageModel.Path"/>; null for full pages.
    /// </param>
    public DocSetRules(DocSet docSet, IReadOnlyDictionary<string, HashSet<string>>? anchors = null)
    {
        _docSet = docSet;
        _links = new BrokenLinkRule(docSet, anchors);
        _paths = new RequestPathRule(docSet);
    }

    /// <summary>The diagnostics of the doc-set rules on one page of the doc set.</summary>
    public void Check(PageModel page, List<DiagnosticInfo> output)
    {
        ExampleConformanceRule.Check(_docSet, page, output);
        _paths.Check(page, output);
        UnresolvedTypeRule.Check(_docSet, page, output);
        RepresentationRule.Check(_docSet, page, output);
        ServerAssignedRequiredRule.Check(_docSet, page, output);
        _links.Check(page, output);
        ResponseTypeRule.Check(_docSet, page, output);
    }

    /// <summary>The doc set's own diagnostics and those of the rules across pages.</summary>
    public void CheckAcrossPages(List<DiagnosticInfo> output)
    {
        output.AddRange(_docSet.Diagnostics);
        DuplicateExampleNameRule.Check(_docSet, output);
    }
}
