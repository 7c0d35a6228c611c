using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Analysis;

/// <summary>
/// Severity overrides with the analyzers' precedence: <c>dotnet_diagnostic.ID.severity</c> wins over
/// <c>dotnet_analyzer_diagnostic.category-Category.severity</c>, which wins over
/// <c>dotnet_analyzer_diagnostic.severity</c>, which wins over the catalogue's default.
/// </summary>
public sealed class SeverityConfiguration
{
    private readonly Dictionary<string, ReportSeverity?> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ReportSeverity?> _byCategory = new(StringComparer.OrdinalIgnoreCase);
    private ReportSeverity? _all;
    private bool _allSet;

    public static SeverityConfiguration Empty => new();

    public void SetForId(string id, ReportSeverity? severity) => _byId[id] = severity;

    public void SetForCategory(string category, ReportSeverity? severity) => _byCategory[category] = severity;

    public void SetForAll(ReportSeverity? severity)
    {
        _all = severity;
        _allSet = true;
    }

    /// <summary>The effective severity of a rule (a <c>default</c> value falls back to the next level).</summary>
    public ReportSeverity Effective(RuleDescriptor rule)
    {
        if (_byId.TryGetValue(rule.Id, out var byId) && byId is { } idSeverity)
        {
            return idSeverity;
        }

        if (_byCategory.TryGetValue(rule.Category, out var byCategory) && byCategory is { } categorySeverity)
        {
            return categorySeverity;
        }

        if (_allSet && _all is { } all)
        {
            return all;
        }

        return SeverityNames.FromDefault(rule.DefaultSeverity);
    }

    /// <summary>Parses one <c>--severity ID=level</c> argument; throws <see cref="UsageException"/> when malformed.</summary>
    public void AddCommandLineOverride(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new UsageException($"--severity expects ID=level (e.g. SPD0002=error), got '{argument}'");
        }

        var id = argument.Substring(0, equals).Trim();
        var value = argument.Substring(equals + 1);
        if (!SeverityNames.TryParseConfigValue(value, out var severity))
        {
            throw new UsageException($"--severity {argument}: unknown level '{value.Trim()}' (use error, warning, suggestion, silent, none or default)");
        }

        SetForId(id, severity);
    }
}
