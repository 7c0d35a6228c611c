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
    /// path, line, column and ID.
    /// </summary>
    public static IReadOnlyList<DiagnosticInfo> Run(DocSet docSet, CancellationToken cancellationToken = default) => throw new NotImplementedException("stub");
}
