namespace Specdown.Generator.Emitting;

/// <summary>What the consuming compilation references, reduced to booleans at once.</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record CompilationFacts(bool HasAspNetCore, bool HasXunit);
