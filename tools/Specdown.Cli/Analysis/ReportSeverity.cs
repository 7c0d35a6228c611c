namespace Specdown.Cli.Analysis;

/// <summary>
/// The effective severity of a finding, as configured by <c>dotnet_diagnostic.ID.severity</c>: <see cref="None"/>
/// drops it, <see cref="Hidden"/> (silent) keeps it out of every output like the build does.
/// </summary>
public enum ReportSeverity
{
    None = 0,
    Hidden,
    Info,
    Warning,
    Error,
}
