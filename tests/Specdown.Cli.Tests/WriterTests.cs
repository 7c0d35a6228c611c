using System.Text;
using System.Text.Json;
using Specdown.Cli.Analysis;
using Specdown.Cli.Baseline;
using Specdown.Cli.Output;
using Specdown.Cli.Tests.Infrastructure;
using Specdown.Model.Diagnostics;
using static Specdown.Cli.Tests.Infrastructure.ModelFactory;

namespace Specdown.Cli.Tests;

public class WriterTests
{
    private static readonly Finding[] Findings =
    {
        new(RuleIds.BodyForBodylessStatus, ReportSeverity.Error, "Status 204 cannot carry a body, but the example has one", "api/a b.md", new LocationInfo("api/a b.md", 10, 5, 4, 2, 5, 7)),
        new(RuleIds.PlaceholderText, ReportSeverity.Warning, "Unresolved placeholder text: **TODO**\nsecond line", "api/c.md", At("api/c.md", 7, 3, 9)),
        new(RuleIds.UnknownPageKind, ReportSeverity.Info, "doc_type 'x' is not a known page type; the page was read as Api", "c.md", At("c.md", 1)),
    };

    private static readonly SourceLines Lines = new(new Dictionary<string, string> { ["api/c.md"] = "a\nb\nc\nd\ne\nf\n  author: **TODO**  \n" });

    private static string Render(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Text_lines_have_the_msbuild_shape()
    {
        var text = Render(s => TextDiagnosticWriter.Write(s, Findings));
        Assert.Equal(
            "api/a b.md(4,2): error SPD0002: Status 204 cannot carry a body, but the example has one\n" +
            "api/c.md(7,3): warning SPD0001: Unresolved placeholder text: **TODO** second line\n" +
            "c.md(1,1): info SPD0110: doc_type 'x' is not a known page type; the page was read as Api\n",
            text);
    }

    [Fact]
    public void Json_is_an_array_of_located_findings()
    {
        using var document = JsonDocument.Parse(Render(s => JsonDiagnosticWriter.Write(s, Findings)));
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        var first = items[0];
        Assert.Equal("SPD0002", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("api/a b.md", first.GetProperty("path").GetString());
        Assert.Equal(4, first.GetProperty("startLine").GetInt32());
        Assert.Equal(2, first.GetProperty("startColumn").GetInt32());
        Assert.Equal(5, first.GetProperty("endLine").GetInt32());
        Assert.Equal(7, first.GetProperty("endColumn").GetInt32());
        Assert.Equal("info", items[2].GetProperty("severity").GetString());
    }

    [Fact]
    public void Sarif_has_the_required_structure()
    {
        var sarif = Render(s => SarifWriter.Write(s, Findings, Lines, "1.2.3"));
        SarifAssert.IsValid(sarif);
        using var document = JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("specdown", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.Equal(RuleCatalog.All.Count, driver.GetProperty("rules").GetArrayLength());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "error", "warning", "note" }, results.Select(r => r.GetProperty("level").GetString()));
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("api/a%20b.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var ruleIndex = results[1].GetProperty("ruleIndex").GetInt32();
        Assert.Equal("SPD0001", driver.GetProperty("rules")[ruleIndex].GetProperty("id").GetString());
    }

    [Fact]
    public void Sarif_rules_describe_each_catalogue_entry()
    {
        using var document = JsonDocument.Parse(Render(s => SarifWriter.Write(s, Array.Empty<Finding>(), Lines, "1")));
        var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var unreadable = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == RuleIds.UnreadableFile);
        Assert.Equal("FileCouldNotBeRead", unreadable.GetProperty("name").GetString());
        Assert.Equal("error", unreadable.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.EndsWith("docs/rules/SPD0113.md", unreadable.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(unreadable.GetProperty("fullDescription").GetProperty("text").GetString()));
    }

    [Fact]
    public void Writers_are_deterministic()
    {
        Assert.Equal(Render(s => SarifWriter.Write(s, Findings, Lines, "1")), Render(s => SarifWriter.Write(s, Findings, Lines, "1")));
        Assert.Equal(Render(s => JsonDiagnosticWriter.Write(s, Findings)), Render(s => JsonDiagnosticWriter.Write(s, Findings)));
        Assert.DoesNotContain("\r", Render(s => SarifWriter.Write(s, Findings, Lines, "1")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$ref request body is not a reference", "RefRequestBodyIsNotAReference")]
    [InlineData("Code block not placed", "CodeBlockNotPlaced")]
    public void Rule_names_are_pascal_case(string title, string expected) => Assert.Equal(expected, SarifWriter.RuleName(title));
}
