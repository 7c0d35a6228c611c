using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// A property (or relationship, or parameter) from a table row: wire name as written (a "(deprecated)" suffix removed
/// and noted), type, description and the facts the description states.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record PropertyModel(
    string Name,
    TypeRef Type,
    string Description,
    bool IsRelationship,
    bool IsReadOnly,
    bool IsRequired,
    bool IsOptional,
    bool IsDeprecated,
    bool IsKey,
    string? InheritedFrom,
    bool IsNullable,
    LocationInfo Location);
