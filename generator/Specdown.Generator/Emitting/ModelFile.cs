using Specdown.Model.Collections;

namespace Specdown.Generator.Emitting;

/// <summary>One file of types or enums: its hint name and the emitted types, in order (see <see cref="ModelFiles"/>).</summary>
/// <remarks>Equality: all members by value (a cached part is the same string instance, so comparing is cheap).</remarks>
internal sealed record ModelFile(string HintName, EquatableArray<string> Parts);
