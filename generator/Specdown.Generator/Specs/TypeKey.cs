using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// The part of a type or enum that other types depend on: identity, base type, openness and property wire names (to
/// skip re-declared inherited properties). Editing a description does not change a key, so it re-emits nothing else.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record TypeKey(
    string FullName,
    string Name,
    string Namespace,
    bool IsEnum,
    string? BaseType,
    bool IsOpenType,
    EquatableArray<string> SourcePaths,
    EquatableArray<string> PropertyWireNames);
