using System.Text.Json;
using Specdown.Cli.Tests.Infrastructure;

namespace Specdown.Cli.Tests;

public class ModelCommandTests
{
    [Fact]
    public void Model_json_has_every_page_in_path_order_with_string_enums_and_located_elements()
    {
        var run = CliRun.Run("model", "Fixtures/widgets");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(
            new[] { "Fixtures/widgets/api/widget-delete.md", "Fixtures/widgets/api/widget-get.md", "Fixtures/widgets/resources/widget.md", "Fixtures/widgets/resources/widgetcolor.md" },
            pages.Select(p => p.GetProperty("path").GetString()));
        Assert.Equal("Api", pages[0].GetProperty("kind").GetString());
        Assert.Equal("Enum", pages[3].GetProperty("kind").GetString());
        var title = pages[1].GetProperty("titleLocation");
        Assert.Equal("Fixtures/widgets/api/widget-get.md", title.GetProperty("filePath").GetString());
        Assert.Equal(7, title.GetProperty("startLine").GetInt32());
        Assert.Equal(1, title.GetProperty("startColumn").GetInt32());
        Assert.Contains(root.GetProperty("types").EnumerateArray(), t => t.GetProperty("fullName").GetString() == "microsoft.graph.widget");
    }

    [Fact]
    public void Computed_convenience_properties_are_not_serialised()
    {
        var run = CliRun.Run("model", "Fixtures/widgets/api/widget-get.md");
        Assert.DoesNotContain("\"isRequest\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"isTruncated\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"parameterNames\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"examples\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_output_is_deterministic_and_written_to_a_file_when_asked()
    {
        using var temp = TempDirectory.WithCopyOf("Fixtures/widgets");
        var toFile = CliRun.RunIn(temp.Path, "model", "widgets", "--output", "model.json");
        Assert.Equal(string.Empty, toFile.Output);
        var again = CliRun.RunIn(temp.Path, "model", "widgets/resources", "widgets/api");
        Assert.Equal(File.ReadAllText(temp.Combine("model.json")), again.Output);
    }

    [Fact]
    public void Accounting_reports_totals_and_exits_1_exactly_when_a_line_is_unaccounted()
    {
        var run = CliRun.Run("model", "Fixtures/widgets", "--accounting");
        using var document = JsonDocument.Parse(run.Output);
        var accounting = document.RootElement.GetProperty("accounting");
        Assert.Equal(4, accounting.GetProperty("pages").GetInt32());
        Assert.True(accounting.GetProperty("nonBlankLines").GetInt32() > 100);
        var unaccounted = accounting.GetProperty("unaccountedLineCount").GetInt32();
        Assert.Equal(unaccounted > 0 ? 1 : 0, run.ExitCode);
        Assert.Contains($"unaccounted non-blank lines: {unaccounted}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_on_the_fixtures_match_what_the_fixtures_contain()
    {
        var run = CliRun.Run("model", "Fixtures/widgets", "--stats", "--output", "/dev/null");
        var stats = StatsTable.Parse(run.Output);
        Assert.Equal(4, stats["pages"]);
        Assert.Equal(2, stats["pages/api"]);
        Assert.Equal(1, stats["pages/resource"]);
        Assert.Equal(1, stats["pages/enum"]);
        Assert.Equal(2, stats["api surface/operations"]);
        Assert.Equal(3, stats["api surface/paths"]);
        Assert.Equal(1, stats["api surface/types"]);
        Assert.Equal(5, stats["api surface/properties"]);
        Assert.Equal(1, stats["api surface/enums"]);
        Assert.Equal(3, stats["api surface/enum members"]);
        Assert.Equal(4, stats["examples"]);
        Assert.Equal(2, stats["examples/requests"]);
        Assert.Equal(2, stats["examples/responses"]);
        Assert.Equal(4, stats["examples/annotated"]);
        Assert.Equal(2, stats["examples/example pairs"]);
        Assert.Equal(18, stats["headings"]);
        Assert.Equal(4, stats["headings/h1"]);
        Assert.Equal(10, stats["headings/h2"]);
        Assert.Equal(4, stats["headings/h3"]);
        Assert.Equal(4, stats["tables"]);
        Assert.Equal(1, stats["tables/requestheaders"]);
        Assert.Equal(1, stats["tables/properties"]);
        Assert.Equal(1, stats["tables/methods"]);
        Assert.Equal(1, stats["tables/enumvalues"]);
        Assert.Equal(7, stats["code blocks"]);
        Assert.Equal(6, stats["code blocks/fence: http"]);
        Assert.Equal(1, stats["code blocks/fence: json"]);
        Assert.Equal(2, stats["annotations/blockType: ignored"]);
        Assert.Equal(2, stats["annotations/blockType: request"]);
        Assert.Equal(2, stats["annotations/blockType: response"]);
        Assert.Equal(1, stats["annotations/blockType: resource"]);
        Assert.Equal(0, stats["examples/unannotated"]);
        Assert.Equal(6, stats["type cells"]);
        Assert.Equal(4, stats["type cells/primitive"]);
        Assert.Equal(1, stats["type cells/none"]);
        Assert.Equal(1, stats["type cells/named"]);
        Assert.Equal(0, stats["type cells/unclassified"]);
        Assert.Equal(1, stats["type cells/collections"]);
        Assert.Equal(2, stats["json bodies"]);
        Assert.Equal(2, stats["json bodies/strict"]);
        Assert.Equal(0, stats["json recoveries"]);
        Assert.Equal(1, stats["api surface/types (merged)"]);
    }
}
