using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>What one page contributes to the generated code; small and equatable (no locations, no prose).</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record PageSpec(
    string Path,
    EquatableArray<TypeSpec> Types,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<OperationSpec> Operations)
{
    public static readonly PageSpec Empty = new(string.Empty, EquatableArray<TypeSpec>.Empty, EquatableArray<EnumSpec>.Empty, EquatableArray<OperationSpec>.Empty);
}
