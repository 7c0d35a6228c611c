using Specdown.Hardening.Tests.Support.Hostile;
using Specdown.Model.Diagnostics;
using Xunit.Abstractions;

namespace Specdown.Hardening.Tests;

/// <summary>
/// Huge and pathological pages through parse → doc set → rules → emit: time near-linear in size (N against 4N),
/// allocations a bounded multiple of the input, and a diagnostic where the input is abnormal. The normal suite runs
/// a fifth of the sizes of the issue (so it stays fast on 2 shared cores); SPECDOWN_HOSTILE_FULL=1 runs the full
/// sizes: a 100,000-row table, a 10 MB line, a 50 MB page (numbers in docs/reliability.md).
/// </summary>
public sealed class HostileSizeTests(ITestOutputHelper output)
{
    private static readonly int Divisor = Environment.GetEnvironmentVariable("SPECDOWN_HOSTILE_FULL") == "1" ? 1 : 5;

    [Fact]
    public void Table_of_100000_rows_is_linear_and_every_row_becomes_a_property()
    {
        var rows = 100_000 / Divisor;
        var (small, large) = Scaling.AssertLinear(HugePages.TableRows, rows / 4, 150);
        output.WriteLine(small + "\n" + large);
        Assert.Equal(rows, large.Result.Pages[0].Types.Single().Properties.Count);
    }

    [Fact]
    public void Single_line_of_10_MB_is_linear()
    {
        var (small, large) = Scaling.AssertLinear(HugePages.LongLine, 10_000_000 / Divisor / 4, 60);
        output.WriteLine(small + "\n" + large);
        Assert.DoesNotContain(large.Result.Diagnostics, d => d.Id == RuleIds.UnreadableFile);
        Assert.Single(large.Result.Pages);
    }

    [Fact]
    public void Page_of_50_MB_is_linear_with_bounded_allocations()
    {
        var (small, large) = Scaling.AssertLinear(HugePages.Large, 50_000_000 / Divisor / 4, 60);
        output.WriteLine(small + "\n" + large);
        Assert.True(large.Result.Pages[0].Tables.Count > 1000 / Divisor, "the page's tables were not all read");
        Assert.DoesNotContain(large.Result.Diagnostics, d => d.Id == RuleIds.UnreadableFile);
    }

    [Fact]
    public void Json_nested_10000_deep_is_linear_and_reported_at_the_depth_limit()
    {
        var (small, large) = Scaling.AssertLinear(HugePages.DeepJson, 2_500, 400);
        output.WriteLine(small + "\n" + large + "\n" + large.Result.DiagnosticList());
        Assert.Contains(large.Result.Diagnostics, d => d.Id == RuleIds.InvalidJsonBody && d.Message.Contains("depth-limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_and_quotes_nested_10000_deep_are_linear_and_reported_as_input_limit()
    {
        var (small, large) = Scaling.AssertLinear(HugePages.DeepMarkdown, 2_500, 400);
        output.WriteLine(small + "\n" + large + "\n" + large.Result.DiagnosticList());
        Assert.True(large.Result.Has(RuleIds.InputLimitExceeded), large.Result.DiagnosticList());
    }

    [Fact]
    public void Indented_nested_lists_are_linear()
    {
        // Indentation makes the text grow with the square of the depth: 500 and 1,000 levels are 0.25 MB and 1 MB.
        var (small, large) = Scaling.AssertLinear(HugePages.IndentedLists, 500, 400, factor: 2);
        output.WriteLine(small + "\n" + large);
        Assert.DoesNotContain(large.Result.Diagnostics, d => d.Id == RuleIds.UnreadableFile);
    }
}
