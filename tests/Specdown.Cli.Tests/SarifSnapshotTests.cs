using System.Text.RegularExpressions;
using Specdown.Cli.Tests.Infrastructure;

namespace Specdown.Cli.Tests;

public class SarifSnapshotTests
{
    [Fact]
    public void Check_spec_sarif()
    {
        var run = CliRun.Run("check", "spec", "--format", "sarif");
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        SarifAssert.IsValid(run.Output);
        var scrubbed = Regex.Replace(run.Output, "(\"version\": \")" + Regex.Escape(SpecdownApp.Version) + "\"", "$1{version}\"");
        Snapshot.Verify(scrubbed, "sarif");
    }
}
