using Microsoft.CodeAnalysis;
using Specdown.Analyzers.Diagnostics;
using Specdown.Analyzers.Drift;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Tests;

/// <summary>The Roslyn descriptors, the release-tracking file and the rule pages all follow the one catalogue.</summary>
public sealed class DescriptorTests
{
    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, relative);
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_catalogue_rule_has_a_matching_descriptor(string id)
    {
        var rule = RuleCatalog.Get(id);
        var descriptor = DiagnosticDescriptors.Find(id);
        Assert.NotNull(descriptor);
        Assert.Equal(rule.Category, descriptor!.Category);
        Assert.Equal(DiagnosticDescriptors.ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
        Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_rule_is_tracked_and_documented(string id)
    {
        var unshipped = File.ReadAllText(RepoFile("analyzers/Specdown.Analyzers/AnalyzerReleases.Unshipped.md"));
        var rule = RuleCatalog.Get(id);
        Assert.Contains($"{id} | {rule.Category} | {rule.DefaultSeverity} |", unshipped);
        var page = RepoFile($"docs/rules/{id}.md");
        Assert.True(File.Exists(page), page);
        Assert.Contains($"# {id}", File.ReadAllText(page));
        Assert.Contains($"[{id}]({id}.md)", File.ReadAllText(RepoFile("docs/rules/README.md")));
    }

    [Fact]
    public void Analyzers_support_every_catalogue_rule_exactly_once()
    {
        var supported = new DocumentationAnalyzer().SupportedDiagnostics
            .Concat(new UndocumentedStatusAnalyzer().SupportedDiagnostics)
            .Concat(new UndocumentedRouteAnalyzer().SupportedDiagnostics)
            .Select(d => d.Id)
            .ToArray();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).ToArray(), supported.OrderBy(i => i, StringComparer.Ordinal).ToArray());
    }
}
