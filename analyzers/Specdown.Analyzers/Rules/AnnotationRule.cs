using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0013: an annotation with an unknown <c>blockType</c>, without one, with an unknown key, or that is not strict JSON
/// (the last only when the parser has not reported it already).
/// </summary>
internal static class AnnotationRule
{
    /// <summary>The keys ApiDoctor and the docs' tooling read, for block and page annotations.</summary>
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "blockType", "name", "@odata.type", "@type", "@type.aka", "@property.aka", "@odata.annotations",
        "truncated", "isCollection", "optionalProperties", "nullableProperties", "keyProperty", "baseType", "openType",
        "abstract", "isMediaEntity", "namespace", "sampleKeys", "isEmpty", "expectError", "scopes", "target", "tags",
        "opaqueUrl", "navigationPropertyNames",
        "type", "title", "description", "keywords", "section", "tocPath", "tocBookmarks", "tocIndex", "suppressions",
    };

    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        var reportedLines = ParserReportedLines(page);
        foreach (var block in page.CodeBlocks)
        {
            if (block.Annotation is { } annotation)
            {
                CheckAnnotation(annotation, reportedLines, output);
            }
        }

        foreach (var annotation in page.PageAnnotations)
        {
            CheckAnnotation(annotation, reportedLines, output);
        }
    }

    private static void CheckAnnotation(Annotation annotation, HashSet<int> reportedLines, List<DiagnosticInfo> output)
    {
        if (!annotation.IsStrictJson && !ReportedWithin(reportedLines, annotation.Location))
        {
            output.Add(DiagnosticInfo.Create(RuleIds.InvalidAnnotation, annotation.Location, "the annotation is not strict JSON"));
        }

        if (!annotation.IsPageAnnotation)
        {
            if (annotation.BlockType is null)
            {
                output.Add(DiagnosticInfo.Create(RuleIds.InvalidAnnotation, annotation.Location, "the annotation has no blockType"));
            }
            else if (!IsKnownBlockType(annotation.BlockType))
            {
                output.Add(DiagnosticInfo.Create(RuleIds.InvalidAnnotation, Entry(annotation, "blockType"), "unknown blockType '" + RuleText.Short(annotation.BlockType) + "'"));
            }
        }

        foreach (var entry in annotation.Entries)
        {
            if (!KnownKeys.Contains(entry.Key))
            {
                output.Add(DiagnosticInfo.Create(RuleIds.InvalidAnnotation, entry.Location, "unknown key '" + RuleText.Short(entry.Key) + "'"));
            }
        }
    }

    private static bool IsKnownBlockType(string blockType)
    {
        foreach (var known in Annotation.KnownBlockTypes)
        {
            if (string.Equals(known, blockType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static LocationInfo Entry(Annotation annotation, string key)
    {
        foreach (var entry in annotation.Entries)
        {
            if (entry.Key == key)
            {
                return entry.Location;
            }
        }

        return annotation.Location;
    }

    private static bool ReportedWithin(HashSet<int> lines, LocationInfo location)
    {
        for (var line = location.StartLine; line <= location.EndLine && line < location.StartLine + 1000; line++)
        {
            if (lines.Contains(line))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<int> ParserReportedLines(PageModel page)
    {
        var lines = new HashSet<int>();
        foreach (var diagnostic in page.Diagnostics)
        {
            if (diagnostic.Id == RuleIds.InvalidAnnotation)
            {
                lines.Add(diagnostic.Location.StartLine);
            }
        }

        return lines;
    }
}
