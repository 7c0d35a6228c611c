using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Reflection;
using Specdown.Cli.Commands;

namespace Specdown.Cli;

/// <summary>
/// The <c>specdown</c> command line, callable in-process: tests pass their own writers and working directory.
/// </summary>
public static class SpecdownApp
{
    /// <summary>The tool's version (the assembly's informational version without the source revision).</summary>
    public static string Version { get; } = ReadVersion();

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, Directory.GetCurrentDirectory());

    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var context = new CliContext(output, error, workingDirectory);
        try
        {
            var root = CreateRootCommand(context);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
            {
                foreach (var parseError in parseResult.Errors)
                {
                    error.WriteLine($"specdown: {parseError.Message}");
                }

                error.WriteLine("Run 'specdown --help' for usage.");
                return ExitCodes.Usage;
            }

            var exitCode = parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
            return context.HadInternalError ? ExitCodes.Usage : exitCode;
        }
        catch (UsageException usage)
        {
            error.WriteLine($"specdown: {usage.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            context.ReportInternalError("in specdown", exception);
            return ExitCodes.Usage;
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }

    private static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("Specdown: check, model and generate code from Graph-style API reference Markdown.");
        for (var i = root.Options.Count - 1; i >= 0; i--)
        {
            if (root.Options[i] is VersionOption)
            {
                root.Options.RemoveAt(i);
            }
        }

        var version = new Option<bool>("--version") { Description = "Show the version and exit." };
        root.Options.Add(version);
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ModelCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.SetAction(parseResult =>
        {
            if (parseResult.GetValue(version))
            {
                context.Output.WriteLine(Version);
                return ExitCodes.Success;
            }

            context.Error.WriteLine("specdown: a command is required: check, model or generate. Run 'specdown --help' for usage.");
            return ExitCodes.Usage;
        });
        return root;
    }

    private static string ReadVersion()
    {
        var assembly = typeof(SpecdownApp).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
