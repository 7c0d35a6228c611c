using System.Collections.Generic;
using Specdown.Cli.Stats;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Analysis;

/// <summary>What <see cref="CheckPipeline"/> found: the pages (slim unless asked otherwise), the doc set and every diagnostic.</summary>
public sealed class CheckResult
{
    public CheckResult(IReadOnlyList<PageModel> pages, DocSet? docSet, List<DiagnosticInfo> diagnostics, DocStatistics? pageStatistics = null)
    {
        PageStatistics = pageStatistics;
        Pages = pages;
        DocSet = docSet;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<PageModel> Pages { get; }

    public DocSet? DocSet { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    /// <summary>The per-page statistics of every parsed page, added up in file order, when they were asked for.</summary>
    public DocStatistics? PageStatistics { get; }
}
