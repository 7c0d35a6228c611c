using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Analysis;

/// <summary>What <see cref="CheckPipeline"/> found: the pages (slim unless asked otherwise), the doc set and every diagnostic.</summary>
public sealed class CheckResult
{
    public CheckResult(IReadOnlyList<PageModel> pages, DocSet? docSet, List<DiagnosticInfo> diagnostics)
    {
        Pages = pages;
        DocSet = docSet;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<PageModel> Pages { get; }

    public DocSet? DocSet { get; }

    public List<DiagnosticInfo> Diagnostics { get; }
}
