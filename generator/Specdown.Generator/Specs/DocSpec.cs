using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// The whole doc set as the emitters see it: merged types and enums, operation groups, and the cross-file index.
/// Downstream steps select single items out of it, so unchanged items stay cached.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record DocSpec(
    TypeIndex Index,
    EquatableArray<TypeSpec> Types,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<OperationGroupSpec> Groups);
