using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// A type as written in a table's Type cell or a return-type phrase: a primitive (canonical Edm name without prefix,
/// e.g. <c>String</c>, <c>DateTimeOffset</c>), a named type (short name, and the link target when it was a link), or
/// free text that could not be classified (kept in <see cref="Raw"/>, with a diagnostic).
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record TypeRef(
    TypeRefKind Kind,
    string Name,
    string? LinkTarget,
    bool IsCollection,
    bool IsOptional,
    string Raw,
    LocationInfo Location)
{
    public bool IsPrimitive => Kind == TypeRefKind.Primitive;

    public bool IsNamed => Kind == TypeRefKind.Named;
}

/// <summary>The kind of a <see cref="TypeRef"/>.</summary>
public enum TypeRefKind
{
    /// <summary>Free text the parser could not read as a type.</summary>
    Unclassified = 0,
    Primitive,
    /// <summary>A resource, complex or enum type by name.</summary>
    Named,
    /// <summary>An empty cell, or "None".</summary>
    None,
}
