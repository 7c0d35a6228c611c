using Specdown.Cli.Output;
using Specdown.Cli.Stats;
using Specdown.Model;
using static Specdown.Cli.Tests.Infrastructure.ModelFactory;

namespace Specdown.Cli.Tests;

public class StatsCollectorTests
{
    private static DocStatistics CollectSample()
    {
        var api = Page(
            "api/a.md",
            PageKind.Api,
            headings: new[] { Heading("api/a.md", 1, 1), Heading("api/a.md", 2, 3), Heading("api/a.md", 2, 9) },
            tables: new[] { Table("api/a.md", TableKind.RequestBody), Table("api/a.md", TableKind.Permissions) },
            blocks: new[]
            {
                Block("api/a.md", 0, "http", Annotation("api/a.md", "request")),
                Block("api/a.md", 1, "HTTP", Annotation("api/a.md", "response", strict: false)),
                Block("api/a.md", 2, "", closed: false),
            },
            pageAnnotations: new[] { Annotation("api/a.md", null, isPage: true) },
            examples: new[]
            {
                Example("api/a.md", HttpExampleKind.Request, Annotation("api/a.md", "request"), "{}", Json(true)),
                Example("api/a.md", HttpExampleKind.Response, null, "{,}", Json(false, Recovery("trailing-comma"), Recovery("comment"))),
                Example("api/a.md", HttpExampleKind.Response, null, "not json", null),
                Example("api/a.md", HttpExampleKind.Response, null, "{", Json(false, Recovery("unclosed", recovered: false))),
            },
            pairs: new[] { new ExamplePair("ex", 0, 1) },
            operation: Operation("api/a.md", 2, Property("id", TypeRef(TypeRefKind.Primitive)), Property("owner", TypeRef(TypeRefKind.Named))));
        var resource = Page(
            "resources/w.md",
            PageKind.Resource,
            tables: new[] { Table("resources/w.md", TableKind.Properties) },
            types: new[]
            {
                Type("resources/w.md",
                    Property("a", TypeRef(TypeRefKind.Primitive)),
                    Property("b", TypeRef(TypeRefKind.Primitive, collection: true)),
                    Property("c", TypeRef(TypeRefKind.Unclassified))),
            });
        var enumPage = Page("resources/c.md", PageKind.Enum, enums: new[] { Enum("resources/c.md", 3) });
        return StatsCollector.Collect(new[] { api, resource, enumPage }, null, new[] { "SPD0002", "SPD0001", "SPD0002" });
    }

    [Fact]
    public void Counts_pages_by_kind()
    {
        var stats = CollectSample();
        Assert.Equal(3, stats["pages"].Total);
        Assert.Equal(1, stats["pages"]["api"]);
        Assert.Equal(1, stats["pages"]["resource"]);
        Assert.Equal(1, stats["pages"]["enum"]);
        Assert.Equal(0, stats["pages"]["conceptual"]);
    }

    [Fact]
    public void Counts_headings_tables_blocks_and_annotations()
    {
        var stats = CollectSample();
        Assert.Equal(3, stats["headings"].Total);
        Assert.Equal(2, stats["headings"]["h2"]);
        Assert.Equal(3, stats["tables"].Total);
        Assert.Equal(1, stats["tables"]["requestbody"]);
        Assert.Equal(1, stats["tables"]["properties"]);
        Assert.Equal(3, stats["code blocks"].Total);
        Assert.Equal(2, stats["code blocks"]["fence: http"]);
        Assert.Equal(1, stats["code blocks"]["fence: (none)"]);
        Assert.Equal(1, stats["code blocks"]["unclosed"]);
        Assert.Equal(3, stats["annotations"].Total);
        Assert.Equal(1, stats["annotations"]["blockType: request"]);
        Assert.Equal(1, stats["annotations"]["blockType: response"]);
        Assert.Equal(1, stats["annotations"]["page annotation"]);
        Assert.Equal(1, stats["annotations"]["not strict JSON"]);
    }

    [Fact]
    public void Counts_examples_and_json_bodies()
    {
        var stats = CollectSample();
        Assert.Equal(4, stats["examples"].Total);
        Assert.Equal(1, stats["examples"]["requests"]);
        Assert.Equal(3, stats["examples"]["responses"]);
        Assert.Equal(1, stats["examples"]["annotated"]);
        Assert.Equal(3, stats["examples"]["unannotated"]);
        Assert.Equal(1, stats["examples"]["example pairs"]);
        Assert.Equal(4, stats["json bodies"].Total);
        Assert.Equal(1, stats["json bodies"]["strict"]);
        Assert.Equal(1, stats["json bodies"]["recovered"]);
        Assert.Equal(1, stats["json bodies"]["invalid"]);
        Assert.Equal(1, stats["json bodies"]["not json"]);
        Assert.Equal(3, stats["json recoveries"].Total);
        Assert.Equal(1, stats["json recoveries"]["trailing-comma"]);
    }

    [Fact]
    public void Counts_api_surface_type_cells_and_diagnostics()
    {
        var stats = CollectSample();
        var surface = stats["api surface"];
        Assert.Equal(1, surface["operations"]);
        Assert.Equal(2, surface["paths"]);
        Assert.Equal(1, surface["types"]);
        Assert.Equal(3, surface["properties"]);
        Assert.Equal(1, surface["enums"]);
        Assert.Equal(3, surface["enum members"]);
        Assert.Equal(5, stats["type cells"].Total);
        Assert.Equal(3, stats["type cells"]["primitive"]);
        Assert.Equal(1, stats["type cells"]["named"]);
        Assert.Equal(1, stats["type cells"]["unclassified"]);
        Assert.Equal(1, stats["type cells"]["collections"]);
        Assert.Equal(3, stats["diagnostics"].Total);
        Assert.Equal(2, stats["diagnostics"]["SPD0002"]);
    }

    [Fact]
    public void Table_is_aligned_with_percentages()
    {
        var writer = new StringWriter();
        StatsWriter.Write(writer, CollectSample());
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("specdown statistics", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("  unclassified", StringComparison.Ordinal) && line.EndsWith("20.00 %", StringComparison.Ordinal));
        var countColumns = lines.Skip(1).Where(l => !l.EndsWith("surface", StringComparison.Ordinal))
            .Select(l => l.Length - (l.EndsWith('%') ? 10 : 0)).Distinct().ToList();
        Assert.Single(countColumns);
    }

    [Fact]
    public void Diagnostic_ids_are_listed_in_ordinal_order()
    {
        var items = CollectSample()["diagnostics"].Items.Select(i => i.Key).ToList();
        Assert.Equal(new[] { "SPD0001", "SPD0002" }, items);
    }
}
