namespace Specdown.Model.Diagnostics;

/// <summary>Severity of a Specdown diagnostic, mirrored on Roslyn's <c>DiagnosticSeverity</c> without depending on it.</summary>
public enum DiagnosticSeverityLevel
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
