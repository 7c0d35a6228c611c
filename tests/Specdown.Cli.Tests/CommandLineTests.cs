using Specdown.Cli.Tests.Infrastructure;

namespace Specdown.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var run = CliRun.Run("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output.Trim());
        Assert.Equal(SpecdownApp.Version, run.Output.Trim());
    }

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        var run = CliRun.Run("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "check", "model", "generate" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_command_exits_2()
    {
        var run = CliRun.Run();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("command is required", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--bogus", "Fixtures/widgets")]
    [InlineData("check")]
    [InlineData("check", "Fixtures/widgets", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("generate", "Fixtures/widgets")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var run = CliRun.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("specdown: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("model")]
    public void Missing_input_path_exits_2_with_one_line_and_no_stack_trace(string command)
    {
        var run = CliRun.Run(command, "Fixtures/does-not-exist");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("specdown: input path not found: Fixtures/does-not-exist\n", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--update-baseline")]
    [InlineData("--severity", "SPD0002=loud")]
    [InlineData("--config", "missing.globalconfig")]
    [InlineData("--baseline", "missing-baseline.json")]
    public void Inconsistent_check_options_exit_2(params string[] options)
    {
        var run = CliRun.Run(new[] { "check", "Fixtures/widgets" }.Concat(options).ToArray());
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("specdown: ", run.Error, StringComparison.Ordinal);
    }
}
