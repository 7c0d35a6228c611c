using System.CommandLine;
using Specdown.Cli.Output;
using Specdown.Cli.Stats;

namespace Specdown.Cli.Commands;

/// <summary>Arguments and options shared by the commands.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Markdown files or directories (walked recursively for *.md).",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description };

    public static Option<bool> Stats() => new("--stats")
    {
        Description = "Print statistics of what was parsed (to stderr, or to stdout when --output is given).",
    };

    /// <summary>Prints the statistics where they do not mix with the main output.</summary>
    public static void PrintStats(CliContext context, DocStatistics stats, bool mainOutputOnStdout)
    {
        StatsWriter.Write(mainOutputOnStdout ? context.Error : context.Output, stats);
    }
}
