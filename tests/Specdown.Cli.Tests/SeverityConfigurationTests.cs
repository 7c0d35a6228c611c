using Specdown.Cli.Analysis;
using Specdown.Model.Diagnostics;
using static Specdown.Cli.Tests.Infrastructure.ModelFactory;

namespace Specdown.Cli.Tests;

public class SeverityConfigurationTests
{
    private static RuleDescriptor Rule(string id) => RuleCatalog.Get(id);

    [Fact]
    public void Defaults_come_from_the_catalogue()
    {
        var config = SeverityConfiguration.Empty;
        Assert.Equal(ReportSeverity.Warning, config.Effective(Rule(RuleIds.BodyForBodylessStatus)));
        Assert.Equal(ReportSeverity.Error, config.Effective(Rule(RuleIds.UnreadableFile)));
        Assert.Equal(ReportSeverity.Info, config.Effective(Rule(RuleIds.UnknownPageKind)));
    }

    [Fact]
    public void Globalconfig_id_entries_win_over_category_and_bulk_entries()
    {
        var config = new SeverityConfiguration();
        GlobalConfigReader.Read(
            """
            is_global = true
            # a comment
            dotnet_analyzer_diagnostic.severity = suggestion
            dotnet_analyzer_diagnostic.category-Http.severity = error
            dotnet_diagnostic.SPD0003.severity = none ; trailing comment
            DOTNET_DIAGNOSTIC.spd0001.SEVERITY = Silent
            [*.cs]
            dotnet_diagnostic.SPD0005.severity = error
            """,
            ".globalconfig",
            config);

        Assert.Equal(ReportSeverity.Error, config.Effective(Rule(RuleIds.BodyForBodylessStatus)));
        Assert.Equal(ReportSeverity.None, config.Effective(Rule(RuleIds.ContentLengthMismatch)));
        Assert.Equal(ReportSeverity.Hidden, config.Effective(Rule(RuleIds.PlaceholderText)));
        Assert.Equal(ReportSeverity.Info, config.Effective(Rule(RuleIds.RequiredPropertyMissing)));
    }

    [Fact]
    public void Unknown_level_in_globalconfig_is_a_usage_error_with_its_line()
    {
        var exception = Assert.Throws<UsageException>(() =>
            GlobalConfigReader.Read("\ndotnet_diagnostic.SPD0002.severity = loud\n", "x.globalconfig", new SeverityConfiguration()));
        Assert.Contains("x.globalconfig(2)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SPD0002=error", ReportSeverity.Error)]
    [InlineData("SPD0002 = suggestion", ReportSeverity.Info)]
    [InlineData("SPD0002=silent", ReportSeverity.Hidden)]
    [InlineData("SPD0002=none", ReportSeverity.None)]
    [InlineData("SPD0002=default", ReportSeverity.Warning)]
    public void Command_line_override_sets_the_rule(string argument, ReportSeverity expected)
    {
        var config = new SeverityConfiguration();
        config.SetForAll(ReportSeverity.Info);
        config.AddCommandLineOverride(argument);
        var effective = config.Effective(Rule(RuleIds.BodyForBodylessStatus));
        Assert.Equal(argument.EndsWith("default", StringComparison.Ordinal) ? ReportSeverity.Info : expected, effective);
    }

    [Theory]
    [InlineData("SPD0002")]
    [InlineData("=error")]
    [InlineData("SPD0002=fatal")]
    public void Malformed_command_line_override_is_a_usage_error(string argument) =>
        Assert.Throws<UsageException>(() => new SeverityConfiguration().AddCommandLineOverride(argument));

    [Fact]
    public void Findings_drop_none_and_silent_deduplicate_and_sort()
    {
        var config = new SeverityConfiguration();
        config.SetForId(RuleIds.PlaceholderText, ReportSeverity.Hidden);
        config.SetForId(RuleIds.ContentLengthMismatch, ReportSeverity.None);
        var diagnostics = new[]
        {
            DiagnosticInfo.Create(RuleIds.BodyForBodylessStatus, At("b.md", 3), "204", "x"),
            DiagnosticInfo.Create(RuleIds.PlaceholderText, At("a.md", 1), "TODO"),
            DiagnosticInfo.Create(RuleIds.ContentLengthMismatch, At("a.md", 2), "1", "2", "3"),
            DiagnosticInfo.Create(RuleIds.MalformedHttp, At("a.md", 9), "no blank line"),
            DiagnosticInfo.Create(RuleIds.MalformedHttp, At("a.md", 9), "no blank line"),
            DiagnosticInfo.Create(RuleIds.BodyForBodylessStatus, At("a.md", 9), "204", "x"),
        };

        var findings = FindingBuilder.Build(diagnostics, config);

        Assert.Equal(
            new[] { "a.md:9:SPD0002", "a.md:9:SPD0004", "b.md:3:SPD0002" },
            findings.Select(f => $"{f.Path}:{f.Location.StartLine}:{f.Id}"));
    }
}
