using Specdown.Cli.Analysis;
using Specdown.Cli.Baseline;
using Specdown.Cli.Tests.Infrastructure;
using Specdown.Model.Diagnostics;
using static Specdown.Cli.Tests.Infrastructure.ModelFactory;

namespace Specdown.Cli.Tests;

public class BaselineTests
{
    private static Finding FindingAt(string path, int line, string message = "Unresolved placeholder text: TODO") =>
        new(RuleIds.PlaceholderText, ReportSeverity.Warning, message, path, At(path, line));

    [Fact]
    public void Fingerprint_survives_a_line_shift_but_not_a_text_change()
    {
        var before = new SourceLines(new Dictionary<string, string> { ["a.md"] = "x\n  **TODO** here\n" });
        var shifted = new SourceLines(new Dictionary<string, string> { ["a.md"] = "new\nlines\nx\n**TODO** here  \n" });
        var edited = new SourceLines(new Dictionary<string, string> { ["a.md"] = "x\n**TODO** there\n" });

        var original = FindingFingerprint.Compute(FindingAt("a.md", 2), before);
        Assert.Equal(original, FindingFingerprint.Compute(FindingAt("a.md", 4), shifted));
        Assert.NotEqual(original, FindingFingerprint.Compute(FindingAt("a.md", 2), edited));
        Assert.NotEqual(original, FindingFingerprint.Compute(FindingAt("b.md", 2), before));
        Assert.NotEqual(original, FindingFingerprint.Compute(FindingAt("a.md", 2, "other message"), before));
    }

    [Fact]
    public void Baseline_matches_as_a_multiset()
    {
        var lines = new SourceLines(new Dictionary<string, string> { ["a.md"] = "TODO\nTODO\nTODO\n" });
        var recorded = BaselineFilter.Record(new[] { FindingAt("a.md", 1), FindingAt("a.md", 2) }, lines);

        var fresh = BaselineFilter.RemoveKnown(new[] { FindingAt("a.md", 1), FindingAt("a.md", 2), FindingAt("a.md", 3) }, recorded, lines, out var suppressed);

        Assert.Equal(2, suppressed);
        Assert.Single(fresh);
    }

    [Fact]
    public void Baseline_file_round_trips_sorted()
    {
        using var temp = new TempDirectory();
        var entries = new[]
        {
            new BaselineEntry("SPD0002", "b.md", "m", "f2"),
            new BaselineEntry("SPD0001", "a.md", "m \"quoted\" é", "f1"),
        };
        var path = temp.Combine("baseline.json");

        BaselineFile.Write(path, entries);
        var read = BaselineFile.Read(path, "baseline.json");

        Assert.Equal(new[] { entries[1], entries[0] }, read);
    }

    [Fact]
    public void A_file_that_is_not_a_baseline_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        temp.Write("b.json", "[1, 2]");
        Assert.Throws<UsageException>(() => BaselineFile.Read(temp.Combine("b.json"), "b.json"));
    }
}
