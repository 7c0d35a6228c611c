using Specdown.Analyzers.Rules;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Tests.Rules;

/// <summary>The runner's ordering and the slim pages the streamed check keeps.</summary>
public sealed class RuleRunnerTests
{
    [Fact]
    public void Order_does_not_depend_on_the_input_order_even_for_ties()
    {
        // Same path, line, column, ID and message (a duplicate for the output) but different ends: the one kept must not
        // depend on where each came from.
        var wide = Diagnostic(startColumn: 3, endColumn: 20);
        var narrow = Diagnostic(startColumn: 3, endColumn: 9);
        var other = Diagnostic(startColumn: 1, endColumn: 2);
        var forward = RuleRunner.Order(new List<DiagnosticInfo> { wide, narrow, other });
        var backward = RuleRunner.Order(new List<DiagnosticInfo> { other, narrow, wide });
        Assert.Equal(forward, backward);
        Assert.Equal(new[] { other, narrow }, forward);
    }

    [Fact]
    public void Parallel_and_sequential_runs_agree_on_the_seed_docs()
    {
        var docSet = DocSet.Create(SpecPages());
        var sequential = RuleRunner.Run(docSet);
        Assert.NotEmpty(sequential);
        Assert.Equal(sequential, RuleRunner.Run(docSet, maxDegreeOfParallelism: 8));
        Assert.Equal(sequential, RuleHarness.RunOnSlimPages(SpecPages()));
    }

    [Fact]
    public void A_slim_page_keeps_what_the_doc_set_rules_read_and_drops_the_rest()
    {
        var page = SpecPages().Single(p => p.Path.EndsWith("chat-post-chats-ref.md", StringComparison.Ordinal));
        var slim = PageRules.Slim(page);
        Assert.False(page.TextBlocks.IsEmpty);
        Assert.True(slim.TextBlocks.IsEmpty);
        Assert.True(slim.Tables.IsEmpty); // an API page defines no type: no table is read by the doc-set rules
        Assert.True(slim.Diagnostics.IsEmpty);
        Assert.True(slim.Accounting.IsEmpty);
        Assert.Equal(page.Examples.Count, slim.Examples.Count);
        Assert.All(slim.Examples, example => Assert.Null(example.Body));
        Assert.Equal(page.Examples.Select(e => e.Json), slim.Examples.Select(e => e.Json));
        Assert.Equal(page.Operation!.Paths.Select(p => p.Template), slim.Operation!.Paths.Select(p => p.Template));
        Assert.Equal(page.Operation.RequestBodyProperties, slim.Operation.RequestBodyProperties);
    }

    [Fact]
    public void Only_links_that_can_be_broken_are_kept_and_their_checks_do_not_change()
    {
        var page = PageParser.Parse("docs/api/a.md", RuleHarness.Normalize("""
            # a

            [ok](b.md) [missing](c.md) [web](https://example.com/x.md) [rooted](/concepts/x.md) [self](#a) [bad](#nowhere)
            [tab](#tab/http) [image](x.png) [mail](mailto:x@example.com)
            """));
        var slim = PageRules.Slim(page);
        Assert.Equal(new[] { "b.md", "c.md", "#a", "#nowhere" }, slim.Links.Select(l => l.Target).ToArray());
        var found = RuleHarness.Run(("docs/api/a.md", "# a\n\n[ok](b.md) [missing](c.md) [self](#a) [bad](#nowhere) [web](https://example.com/x.md)\n"), ("docs/api/b.md", "# b\n"))
            .Where(d => d.Id == RuleIds.BrokenLink).Select(d => d.Arguments[0]).ToArray();
        Assert.Equal(new[] { "c.md", "#nowhere" }, found);
    }

    private static DiagnosticInfo Diagnostic(int startColumn, int endColumn) =>
        DiagnosticInfo.Create(RuleIds.PlaceholderText, new LocationInfo("a.md", startColumn - 1, endColumn - startColumn, 2, startColumn, 2, endColumn), "TODO");

    private static List<PageModel> SpecPages()
    {
        var root = AppContext.BaseDirectory;
        return Directory.GetFiles(Path.Combine(root, "spec"), "*.md", SearchOption.AllDirectories)
            .Select(f => PageParser.Parse(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }
}
