using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Specdown.Analyzers.Tests.Host;

/// <summary>The Roslyn host: diagnostics located at the exact line and column of the <c>.md</c> AdditionalFiles.</summary>
public sealed class DocumentationAnalyzerTests
{
    private const string Page = """
        ---
        title: "Widget"
        doc_type: conceptualPageType
        ---

        # Widget

        Some text.

        | Name | Description |
        |:-----|:------------|
        | a | **TODO: Add Description** |
        """;

    private static SpecdownAnalyzerTest<DocumentationAnalyzer> Test(params DiagnosticResult[] expected)
    {
        var test = new SpecdownAnalyzerTest<DocumentationAnalyzer> { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/docs/widget.md", RuleHarness.Normalize(Page)));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    [Fact]
    public async Task Reports_at_the_exact_span_in_the_markdown()
    {
        await Test(new DiagnosticResult("SPD0001", DiagnosticSeverity.Warning)
                .WithSpan("/docs/widget.md", 12, 7, 12, 32)
                .WithArguments("**TODO: Add Description**"))
            .RunAsync();
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    public async Task Severity_is_configurable_through_globalconfig(string configured, DiagnosticSeverity expected)
    {
        var diagnostics = await GlobalConfigCompilation.RunAsync(
            new DocumentationAnalyzer(),
            $"is_global = true\ndotnet_diagnostic.SPD0001.severity = {configured}\n",
            ("/docs/widget.md", RuleHarness.Normalize(Page)));

        var found = Assert.Single(diagnostics);
        var span = found.Location.GetLineSpan();
        Assert.Equal(expected, found.Severity);
        Assert.Equal(
            "/docs/widget.md(12,7): SPD0001 Unresolved placeholder text: **TODO: Add Description**",
            $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {found.Id} {found.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public async Task A_rule_switched_off_in_globalconfig_is_not_reported()
    {
        var diagnostics = await GlobalConfigCompilation.RunAsync(
            new DocumentationAnalyzer(),
            "is_global = true\ndotnet_diagnostic.SPD0001.severity = none\n",
            ("/docs/widget.md", RuleHarness.Normalize(Page)));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Cross_file_rules_see_every_markdown_file()
    {
        var test = new SpecdownAnalyzerTest<DocumentationAnalyzer> { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add(("/docs/a.md", "---\ntitle: A\ndoc_type: conceptualPageType\n---\n\n# A\n\nSee [b](b.md) and [c](c.md).\n"));
        test.TestState.AdditionalFiles.Add(("/docs/b.md", "---\ntitle: B\ndoc_type: conceptualPageType\n---\n\n# B\n\nText.\n"));
        test.TestState.AdditionalFiles.Add(("/docs/notes.txt", "TODO: not markdown, not read"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SPD0017", DiagnosticSeverity.Warning)
            .WithSpan("/docs/a.md", 8, 19, 8, 28)
            .WithArguments("c.md", "page '/docs/c.md'"));
        await test.RunAsync();
    }
}
