using Specdown.Cli.Tests.Infrastructure;

namespace Specdown.Cli.Tests;

public class BaselineCommandTests
{
    [Fact]
    public void Recorded_findings_are_suppressed_and_survive_line_shifts_while_a_new_problem_is_reported()
    {
        using var temp = TempDirectory.WithCopyOf("Fixtures/widgets");
        var all = CliRun.RunIn(temp.Path, "check", "widgets", "--severity", "SPD0002=error");
        Assert.True(all.ExitCode == 1, all.ToString());
        var recordedCount = all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

        var record = CliRun.RunIn(temp.Path, "check", "widgets", "--severity", "SPD0002=error", "--baseline", "baseline.json", "--update-baseline");
        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Contains($"recorded {recordedCount} finding(s)", record.Error, StringComparison.Ordinal);

        var rerun = CliRun.RunIn(temp.Path, "check", "widgets", "--severity", "SPD0002=error", "--baseline", "baseline.json");
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(string.Empty, rerun.Output);
        Assert.Contains($"{recordedCount} suppressed by the baseline", rerun.Error, StringComparison.Ordinal);

        var page = temp.Combine("widgets", "api", "widget-delete.md");
        var text = File.ReadAllText(page);
        File.WriteAllText(page, text.Replace("Delete a [widget]", "Some new prose.\n\nMore prose.\n\nDelete a [widget]", StringComparison.Ordinal));
        var shifted = CliRun.RunIn(temp.Path, "check", "widgets", "--severity", "SPD0002=error", "--baseline", "baseline.json");
        Assert.True(shifted.ExitCode == 0, shifted.ToString());
        Assert.Equal(string.Empty, shifted.Output);

        text = File.ReadAllText(page);
        File.WriteAllText(page, text.Replace("Some new prose.", "**TODO: Add a description**", StringComparison.Ordinal));
        var added = CliRun.RunIn(temp.Path, "check", "widgets", "--severity", "SPD0002=error", "--baseline", "baseline.json");
        var newLines = added.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(newLines);
        Assert.Contains("widgets/api/widget-delete.md(", line, StringComparison.Ordinal);
        Assert.Contains(" SPD0001: ", line, StringComparison.Ordinal);
    }
}
