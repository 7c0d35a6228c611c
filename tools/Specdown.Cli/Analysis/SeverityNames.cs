using System;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Analysis;

/// <summary>Conversions between severity spellings: .globalconfig values, catalogue levels, output words, SARIF levels.</summary>
public static class SeverityNames
{
    /// <summary>Reads an .editorconfig/.globalconfig severity (error, warning, suggestion, silent, none, default; also info/hidden).</summary>
    /// <returns>False for an unknown value. <paramref name="severity"/> is null for <c>default</c>.</returns>
    public static bool TryParseConfigValue(string value, out ReportSeverity? severity)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "error": severity = ReportSeverity.Error; return true;
            case "warning": severity = ReportSeverity.Warning; return true;
            case "suggestion": case "info": severity = ReportSeverity.Info; return true;
            case "silent": case "hidden": case "refactoring": severity = ReportSeverity.Hidden; return true;
            case "none": severity = ReportSeverity.None; return true;
            case "default": severity = null; return true;
            default: severity = null; return false;
        }
    }

    public static ReportSeverity FromDefault(DiagnosticSeverityLevel level) => level switch
    {
        DiagnosticSeverityLevel.Error => ReportSeverity.Error,
        DiagnosticSeverityLevel.Warning => ReportSeverity.Warning,
        DiagnosticSeverityLevel.Info => ReportSeverity.Info,
        _ => ReportSeverity.Hidden,
    };

    /// <summary>The word in text and JSON output, as compilers print it.</summary>
    public static string ToWord(ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => "error",
        ReportSeverity.Warning => "warning",
        ReportSeverity.Info => "info",
        ReportSeverity.Hidden => "hidden",
        _ => "none",
    };

    /// <summary>The SARIF 2.1.0 <c>level</c>.</summary>
    public static string ToSarifLevel(ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => "error",
        ReportSeverity.Warning => "warning",
        ReportSeverity.Info => "note",
        _ => "none",
    };

    public static string ToSarifLevel(DiagnosticSeverityLevel level) => ToSarifLevel(FromDefault(level));
}
