using System;
using System.IO;

namespace Specdown.Cli;

/// <summary>Where a command writes and which directory relative paths are resolved against and displayed from.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, string workingDirectory)
    {
        Output = output;
        Error = error;
        WorkingDirectory = Path.GetFullPath(workingDirectory);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string WorkingDirectory { get; }

    /// <summary>Set when an internal error was reported but the command went on; the exit code is then 2.</summary>
    public bool HadInternalError { get; set; }

    /// <summary>The full path of a command-line path (relative to <see cref="WorkingDirectory"/>).</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>The path as shown in output: relative to the working directory, with '/' separators.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.Replace('\\', '/');
    }

    /// <summary>Reports an internal error (a bug) on stderr and remembers it for the exit code.</summary>
    public void ReportInternalError(string what, Exception exception)
    {
        HadInternalError = true;
        Error.WriteLine($"specdown: internal error {what}: {exception.GetType().Name}: {OneLine(exception.Message)} (this is a bug, please report it)");
    }

    public static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
