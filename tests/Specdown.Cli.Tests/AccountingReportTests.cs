using Specdown.Cli.Stats;
using Specdown.Model;
using static Specdown.Cli.Tests.Infrastructure.ModelFactory;

namespace Specdown.Cli.Tests;

public class AccountingReportTests
{
    [Fact]
    public void Non_blank_lines_without_an_account_are_unaccounted()
    {
        const string text = "# Title\n\nprose one\nprose two\n   \nstray line\r\n| a |\n";
        var page = Page("p.md", PageKind.Api, accounting: new[]
        {
            new LineAccount(1, 1, "title"),
            new LineAccount(3, 4, "prose"),
            new LineAccount(7, 7, "table:Other"),
        });
        var report = AccountingReport.Compute(new[] { page }, new Dictionary<string, string> { ["p.md"] = text });

        Assert.Equal(7, report.TotalLines);
        Assert.Equal(5, report.NonBlankLines);
        var unaccounted = Assert.Single(report.Unaccounted);
        Assert.Equal(new UnaccountedLine("p.md", 6, "stray line"), unaccounted);
        Assert.Equal(2, report.LinesByCategory["prose"]);
        Assert.Equal(1, report.LinesByCategory["title"]);
    }

    [Fact]
    public void Runs_outside_the_file_are_clamped_and_full_coverage_reports_nothing()
    {
        var page = Page("p.md", PageKind.Api, accounting: new[] { new LineAccount(0, 99, "all") });
        var report = AccountingReport.Compute(new[] { page }, new Dictionary<string, string> { ["p.md"] = "a\nb\nc" });

        Assert.Empty(report.Unaccounted);
        Assert.Equal(3, report.LinesByCategory["all"]);
        var writer = new StringWriter();
        report.WriteText(writer);
        Assert.Contains("unaccounted non-blank lines: 0", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_the_parser_marks_unaccounted_do_not_cover_their_lines()
    {
        var page = Page("p.md", PageKind.Api, accounting: new[] { new LineAccount(1, 1, "title"), new LineAccount(2, 3, "unaccounted") });
        var report = AccountingReport.Compute(new[] { page }, new Dictionary<string, string> { ["p.md"] = "# T\nodd\nodder\n" });

        Assert.Equal(new[] { 2, 3 }, report.Unaccounted.Select(u => u.Line));
    }
}
