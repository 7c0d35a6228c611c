using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>A resource or complex type to emit as a DTO (possibly merged from several pages).</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record TypeSpec(
    string FullName,
    string Name,
    string Namespace,
    string? BaseType,
    bool IsAbstract,
    bool IsOpenType,
    string Description,
    EquatableArray<PropertySpec> Properties,
    string SourcePath);
