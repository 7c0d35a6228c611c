namespace Specdown.Generator.Emitting;

/// <summary>One generated file: its deterministic hint name (e.g. <c>Microsoft.Graph.Chat.g.cs</c>) and its text.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record GeneratedSource(string HintName, string Source);
