using System.Text.Json;
using System.Text.RegularExpressions;
using Specdown.Cli.Tests.Infrastructure;

namespace Specdown.Cli.Tests;

public class CheckCommandTests
{
    private static readonly Regex TextLine = new(
        @"^(?<path>[^\s()][^()]*)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>SPD\d{4}): (?<message>.+)$",
        RegexOptions.CultureInvariant);

    [Fact]
    public void Fixtures_check_exits_0_when_nothing_is_an_error_and_prints_msbuild_lines()
    {
        var run = CliRun.Run("check", "Fixtures/widgets");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(TextLine, line));
        Assert.All(lines, line => Assert.StartsWith("Fixtures/widgets/", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Fixtures/widgets/api/widget-delete.md(", StringComparison.Ordinal) && line.Contains(" SPD0002: ", StringComparison.Ordinal));
        Assert.Contains("4 file(s) checked", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_severity_override_to_error_makes_check_exit_1()
    {
        var run = CliRun.Run("check", "Fixtures/widgets", "--severity", "SPD0002=error");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(" error SPD0002: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_globalconfig_can_silence_and_raise_rules()
    {
        using var temp = TempDirectory.WithCopyOf("Fixtures/widgets");
        temp.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SPD0002.severity = error\n");
        var raised = CliRun.RunIn(temp.Path, "check", "widgets", "--config", ".globalconfig");
        Assert.True(raised.ExitCode == 1, raised.ToString());

        temp.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SPD0002.severity = none\n");
        var silenced = CliRun.RunIn(temp.Path, "check", "widgets", "--config", ".globalconfig", "--severity", "SPD0001=error");
        Assert.DoesNotContain("SPD0002", silenced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_identical_whatever_the_argument_order_and_run()
    {
        var first = CliRun.Run("check", "Fixtures/widgets/resources", "Fixtures/widgets/api", "--format", "sarif");
        var second = CliRun.Run("check", "Fixtures/widgets/api", "Fixtures/widgets/resources", "--format", "sarif");
        var third = CliRun.Run("check", "Fixtures/widgets", "--format", "sarif");
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.Output, third.Output);
        Assert.Equal(first.ExitCode, third.ExitCode);
    }

    [Fact]
    public void Json_format_parses_and_matches_the_text_format()
    {
        var text = CliRun.Run("check", "Fixtures/widgets");
        var json = CliRun.Run("check", "Fixtures/widgets", "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        var fromJson = document.RootElement.EnumerateArray()
            .Select(e => $"{e.GetProperty("path").GetString()}({e.GetProperty("startLine").GetInt32()},{e.GetProperty("startColumn").GetInt32()}): " +
                         $"{e.GetProperty("severity").GetString()} {e.GetProperty("id").GetString()}: {e.GetProperty("message").GetString()!.Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal)}")
            .ToList();
        Assert.NotEmpty(fromJson);
        Assert.Equal(text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), fromJson);
        Assert.Equal(text.ExitCode, json.ExitCode);
    }

    [Fact]
    public void Sarif_output_file_validates_and_stdout_stays_empty()
    {
        using var temp = TempDirectory.WithCopyOf("Fixtures/widgets");
        var run = CliRun.RunIn(temp.Path, "check", "widgets", "--format", "sarif", "--output", "out/result.sarif");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Output);
        var sarif = File.ReadAllText(temp.Combine("out", "result.sarif"));
        SarifAssert.IsValid(sarif);
        Assert.Contains("\"uri\": \"widgets/api/widget-delete.md\"", sarif, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_utf8_file_is_reported_as_SPD0113_and_the_others_are_still_checked()
    {
        using var temp = TempDirectory.WithCopyOf("Fixtures/widgets");
        File.WriteAllBytes(temp.Combine("widgets", "broken.md"), new byte[] { (byte)'#', (byte)' ', 0xFF, 0xFE, 0xC3, 0x28, (byte)'\n' });
        var run = CliRun.RunIn(temp.Path, "check", "widgets");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("widgets/broken.md(1,1): error SPD0113: File could not be read: not valid UTF-8", run.Output, StringComparison.Ordinal);
        Assert.Contains("widgets/api/widget-delete.md(", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_go_to_stderr_beside_stdout_diagnostics_and_to_stdout_with_output_file()
    {
        var beside = CliRun.Run("check", "Fixtures/widgets", "--stats");
        Assert.Contains("specdown statistics", beside.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("specdown statistics", beside.Output, StringComparison.Ordinal);

        using var temp = TempDirectory.WithCopyOf("Fixtures/widgets");
        var withFile = CliRun.RunIn(temp.Path, "check", "widgets", "--stats", "--output", "diagnostics.txt");
        Assert.StartsWith("specdown statistics", withFile.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_spec_checks_without_crash()
    {
        var run = CliRun.Run("check", "spec");
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.Contains("spec/api/chat-post-chats-ref.md(", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_does_not_change_the_output()
    {
        var before = CliRun.Run("check", "spec", "Fixtures/widgets", "--format", "sarif").Output;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(before, CliRun.Run("check", "spec", "Fixtures/widgets", "--format", "sarif").Output);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
