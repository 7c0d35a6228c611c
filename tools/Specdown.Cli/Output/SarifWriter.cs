using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Specdown.Cli.Analysis;
using Specdown.Cli.Baseline;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Output;

/// <summary>
/// Writes SARIF 2.1.0 by hand: one run, the driver's rules from the catalogue, one result per finding with a relative
/// <c>%SRCROOT%</c> URI and a region. Deterministic: no timestamps, no absolute paths.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/specdown/specdown";
    public const string FingerprintKey = "specdown/v1";

    public static void Write(Stream stream, IReadOnlyList<Finding> findings, SourceLines lines, string version)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, version, ruleIndex);
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(writer, finding, ruleIndex, lines);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteTool(Utf8JsonWriter writer, string version, Dictionary<string, int> ruleIndex)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "specdown");
        writer.WriteString("informationUri", InformationUri);
        writer.WriteString("version", version);
        writer.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            ruleIndex[rule.Id] = ruleIndex.Count;
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", RuleName(rule.Title));
        WriteText(writer, "shortDescription", rule.Title);
        WriteText(writer, "fullDescription", rule.Description);
        writer.WriteString("helpUri", rule.HelpLink);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", SeverityNames.ToSarifLevel(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Category);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, Dictionary<string, int> ruleIndex, SourceLines lines)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.Id);
        if (ruleIndex.TryGetValue(finding.Id, out var index))
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", SeverityNames.ToSarifLevel(finding.Severity));
        WriteText(writer, "message", finding.Message);
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", ToUri(finding.Path));
        writer.WriteString("uriBaseId", "%SRCROOT%");
        writer.WriteEndObject();
        WriteRegion(writer, finding.Location);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, FindingFingerprint.Compute(finding, lines));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, LocationInfo location)
    {
        var startLine = Math.Max(1, location.StartLine);
        var startColumn = Math.Max(1, location.StartColumn);
        var endLine = Math.Max(startLine, location.EndLine);
        var endColumn = endLine == startLine ? Math.Max(startColumn, location.EndColumn) : Math.Max(1, location.EndColumn);
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", startLine);
        writer.WriteNumber("startColumn", startColumn);
        writer.WriteNumber("endLine", endLine);
        writer.WriteNumber("endColumn", endColumn);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string text)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    /// <summary>A relative URI reference: '/' separators, each segment percent-encoded.</summary>
    public static string ToUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join("/", segments);
    }

    /// <summary>A rule name in PascalCase from its title ("Unclosed code fence" → "UnclosedCodeFence").</summary>
    public static string RuleName(string title)
    {
        var builder = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }
}
