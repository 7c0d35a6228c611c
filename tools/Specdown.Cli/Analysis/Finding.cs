using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Analysis;

/// <summary>A diagnostic as reported by <c>specdown check</c>: with its effective severity and formatted message.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record Finding(string Id, ReportSeverity Severity, string Message, string Path, LocationInfo Location)
{
    public RuleDescriptor Rule => RuleCatalog.Get(Id);
}
