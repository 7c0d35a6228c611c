using System;
using System.IO;

namespace Specdown.Cli.Analysis;

/// <summary>
/// Reads the severity entries of a <c>.globalconfig</c>: <c>dotnet_diagnostic.SPDnnnn.severity = level</c>, and the
/// bulk forms <c>dotnet_analyzer_diagnostic[.category-X].severity</c>. Keys inside <c>[section]</c> headers are
/// file-specific and do not apply to Markdown files, exactly as in the build; other keys are ignored.
/// </summary>
public static class GlobalConfigReader
{
    private const string DiagnosticPrefix = "dotnet_diagnostic.";
    private const string AnalyzerPrefix = "dotnet_analyzer_diagnostic.";
    private const string SeveritySuffix = ".severity";

    public static void ReadFile(string fullPath, string displayPath, SeverityConfiguration configuration)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read config file {displayPath}: {CliContext.OneLine(exception.Message)}");
        }

        Read(text, displayPath, configuration);
    }

    public static void Read(string text, string displayPath, SeverityConfiguration configuration)
    {
        var lineNumber = 0;
        var inSection = false;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                inSection = true;
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (inSection || equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim();
            var value = StripComment(line.Substring(equals + 1));
            Apply(key, value, $"{displayPath}({lineNumber})", configuration);
        }
    }

    private static void Apply(string key, string value, string where, SeverityConfiguration configuration)
    {
        if (!key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var middle = key.Substring(0, key.Length - SeveritySuffix.Length);
        bool isId = middle.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase);
        bool isBulk = string.Equals(middle, AnalyzerPrefix.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
        bool isCategory = middle.StartsWith(AnalyzerPrefix + "category-", StringComparison.OrdinalIgnoreCase);
        if (!isId && !isBulk && !isCategory)
        {
            return;
        }

        if (!SeverityNames.TryParseConfigValue(value, out var severity))
        {
            throw new UsageException($"{where}: unknown severity '{value}' for {key}");
        }

        if (isId)
        {
            configuration.SetForId(middle.Substring(DiagnosticPrefix.Length), severity);
        }
        else if (isCategory)
        {
            configuration.SetForCategory(middle.Substring(AnalyzerPrefix.Length + "category-".Length), severity);
        }
        else
        {
            configuration.SetForAll(severity);
        }
    }

    private static string StripComment(string value)
    {
        var hash = value.IndexOfAny(new[] { '#', ';' });
        return (hash >= 0 ? value.Substring(0, hash) : value).Trim();
    }
}
