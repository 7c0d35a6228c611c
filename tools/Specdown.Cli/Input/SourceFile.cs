namespace Specdown.Cli.Input;

/// <summary>One input file: its full path on disk and the path shown in output (and given to the parser).</summary>
public sealed record SourceFile(string FullPath, string DisplayPath);
