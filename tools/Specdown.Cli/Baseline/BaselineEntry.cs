namespace Specdown.Cli.Baseline;

/// <summary>One recorded finding of a baseline file.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record BaselineEntry(string Id, string Path, string Message, string Fingerprint);
