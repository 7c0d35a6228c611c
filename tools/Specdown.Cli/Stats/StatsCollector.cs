using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Stats;

/// <summary>
/// Counts what the parser found over a set of pages, so a run over a corpus can be read at a glance: pages by kind,
/// headings, tables, code blocks, annotations, examples, the API surface, type cells by classification, JSON bodies
/// and their recoveries, and diagnostics by ID.
/// </summary>
public static class StatsCollector
{
    public static DocStatistics Collect(IReadOnlyList<PageModel> pages, DocSet? docSet, IEnumerable<string> diagnosticIds)
    {
        var stats = new DocStatistics();
        CountPages(stats, pages);
        foreach (var page in pages)
        {
            CountPage(stats, page);
        }

        return Finish(stats, docSet, diagnosticIds);
    }

    /// <summary>
    /// The same statistics from the counts of every page (<see cref="CountPage(PageModel)"/>, added up in page order)
    /// made while the full pages were at hand: <paramref name="pages"/> may then be slim pages.
    /// </summary>
    public static DocStatistics Collect(IReadOnlyList<PageModel> pages, DocStatistics pageCounts, DocSet? docSet, IEnumerable<string> diagnosticIds)
    {
        var stats = new DocStatistics();
        CountPages(stats, pages);
        stats.Add(pageCounts);
        return Finish(stats, docSet, diagnosticIds);
    }

    /// <summary>What one page adds to the statistics (merged in page order, the result is that of <see cref="Collect(IReadOnlyList{PageModel}, DocSet?, IEnumerable{string})"/>).</summary>
    public static DocStatistics CountPage(PageModel page)
    {
        var stats = new DocStatistics();
        DeclareSections(stats);
        CountPage(stats, page);
        return stats;
    }

    private static void CountPage(DocStatistics stats, PageModel page)
    {
        CountStructure(stats, page);
        CountExamples(stats, page);
        CountSurface(stats, page);
    }

    private static DocStatistics Finish(DocStatistics stats, DocSet? docSet, IEnumerable<string> diagnosticIds)
    {
        stats["api surface"].Add("types (merged)", docSet?.Types.Count ?? 0);
        stats["api surface"].Add("enums (merged)", docSet?.Enums.Count ?? 0);

        var diagnostics = stats.Section("diagnostics", sortItems: true);
        foreach (var id in diagnosticIds)
        {
            diagnostics.Add(id);
            diagnostics.Total++;
        }

        return stats;
    }

    private static void CountPages(DocStatistics stats, IReadOnlyList<PageModel> pages)
    {
        var section = stats.Section("pages", showPercent: true);
        foreach (PageKind kind in Enum.GetValues(typeof(PageKind)))
        {
            section.Declare(Name(kind));
        }

        foreach (var page in pages)
        {
            section.Add(Name(page.Kind));
        }

        section.Total = pages.Count;
        DeclareSections(stats);
    }

    /// <summary>The sections every page counts into, with their fixed items, in output order.</summary>
    private static void DeclareSections(DocStatistics stats)
    {
        stats.Section("headings", sortItems: true);
        var tables = stats.Section("tables", showPercent: true);
        foreach (TableKind kind in Enum.GetValues(typeof(TableKind)))
        {
            tables.Declare(Name(kind));
        }

        stats.Section("code blocks", showPercent: true, sortItems: true);
        stats.Section("annotations", showPercent: true, sortItems: true);
        var examples = stats.Section("examples", showPercent: true);
        foreach (var item in new[] { "requests", "responses", "annotated", "unannotated", "example pairs" })
        {
            examples.Declare(item);
        }

        var surface = stats.Section("api surface", showTotal: false);
        foreach (var item in new[] { "operations", "paths", "types", "types (merged)", "properties", "enums", "enums (merged)", "enum members" })
        {
            surface.Declare(item);
        }

        var cells = stats.Section("type cells", showPercent: true);
        foreach (TypeRefKind kind in new[] { TypeRefKind.Primitive, TypeRefKind.Named, TypeRefKind.None, TypeRefKind.Unclassified })
        {
            cells.Declare(Name(kind));
        }

        var bodies = stats.Section("json bodies", showPercent: true);
        bodies.Declare("strict");
        bodies.Declare("recovered");
        bodies.Declare("invalid");
        bodies.Declare("not json");
        stats.Section("json recoveries", sortItems: true);
    }

    private static void CountStructure(DocStatistics stats, PageModel page)
    {
        var headings = stats["headings"];
        foreach (var heading in page.Headings)
        {
            headings.Add("h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            headings.Total++;
        }

        var tables = stats["tables"];
        foreach (var table in page.Tables)
        {
            tables.Add(Name(table.Kind));
            tables.Total++;
        }

        var blocks = stats["code blocks"];
        var annotations = stats["annotations"];
        foreach (var block in page.CodeBlocks)
        {
            var info = block.Info.Trim().ToLowerInvariant();
            blocks.Add("fence: " + (info.Length == 0 ? "(none)" : info));
            blocks.Total++;
            if (!block.IsClosed)
            {
                blocks.Add("unclosed");
            }

            if (block.Annotation is { } annotation)
            {
                CountAnnotation(annotations, annotation);
            }
        }

        foreach (var annotation in page.PageAnnotations)
        {
            CountAnnotation(annotations, annotation);
        }
    }

    private static void CountAnnotation(StatsSection annotations, Annotation annotation)
    {
        annotations.Total++;
        annotations.Add(annotation.IsPageAnnotation ? "page annotation" : "blockType: " + (annotation.BlockType ?? "(none)"));
        if (!annotation.IsStrictJson)
        {
            annotations.Add("not strict JSON");
        }
    }

    private static void CountExamples(DocStatistics stats, PageModel page)
    {
        var examples = stats["examples"];
        var bodies = stats["json bodies"];
        var recoveries = stats["json recoveries"];
        foreach (var example in page.Examples)
        {
            examples.Total++;
            examples.Add(example.IsRequest ? "requests" : "responses");
            examples.Add(example.Annotation is null ? "unannotated" : "annotated");
            if (string.IsNullOrWhiteSpace(example.Body))
            {
                continue;
            }

            bodies.Total++;
            bodies.Add(BodyClass(example.Json));
            if (example.Json is { } json)
            {
                foreach (var recovery in json.Recoveries)
                {
                    recoveries.Add(recovery.Kind);
                    recoveries.Total++;
                }
            }
        }

        examples.Add("example pairs", page.ExamplePairs.Count);
    }

    private static string BodyClass(JsonDocumentInfo? json)
    {
        if (json is null)
        {
            return "not json";
        }

        if (json.IsStrict)
        {
            return "strict";
        }

        if (json.Root is null || json.Root.Kind == JsonKind.Invalid)
        {
            return "invalid";
        }

        foreach (var recovery in json.Recoveries)
        {
            if (!recovery.Recovered)
            {
                return "invalid";
            }
        }

        return "recovered";
    }

    private static void CountSurface(DocStatistics stats, PageModel page)
    {
        var surface = stats["api surface"];
        var cells = stats["type cells"];
        if (page.Operation is { } operation)
        {
            surface.Add("operations");
            surface.Add("paths", operation.Paths.Count);
            CountCells(cells, operation.PathParameters);
            CountCells(cells, operation.QueryParameters);
            CountCells(cells, operation.FunctionParameters);
            CountCells(cells, operation.RequestHeaders);
            CountCells(cells, operation.RequestBodyProperties);
        }

        surface.Add("types", page.Types.Count);
        surface.Add("enums", page.Enums.Count);
        foreach (var type in page.Types)
        {
            surface.Add("properties", type.Properties.Count);
            CountCells(cells, type.Properties);
        }

        foreach (var enumeration in page.Enums)
        {
            surface.Add("enum members", enumeration.Members.Count);
        }
    }

    private static void CountCells(StatsSection cells, Specdown.Model.Collections.EquatableArray<PropertyModel> properties)
    {
        foreach (var property in properties)
        {
            cells.Add(Name(property.Type.Kind));
            cells.Total++;
            if (property.Type.IsCollection)
            {
                cells.Add("collections");
            }
        }
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Diagnostic IDs of a list of diagnostics, for <see cref="Collect"/>.</summary>
    public static IEnumerable<string> Ids(IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            yield return diagnostic.Id;
        }
    }
}
