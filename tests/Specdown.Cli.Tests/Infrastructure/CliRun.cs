using System.IO;
using Specdown.Cli;

namespace Specdown.Cli.Tests.Infrastructure;

/// <summary>The result of running <c>specdown</c> in-process: exit code and captured stdout/stderr.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The test output folder, which holds Fixtures/ and spec/.</summary>
    public static string BaseDirectory => AppContext.BaseDirectory;

    public static CliRun Run(params string[] args) => RunIn(BaseDirectory, args);

    public static CliRun RunIn(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = SpecdownApp.Run(args, output, error, workingDirectory);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
