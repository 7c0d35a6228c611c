namespace Specdown.Model;

/// <summary>What a <see cref="TypeRef"/> resolves to in a <see cref="DocSet"/>.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record ResolvedType(ResolvedTypeKind Kind, string Name, bool IsCollection)
{
    public static readonly ResolvedType None = new(ResolvedTypeKind.None, string.Empty, false);
}

/// <summary>The kind of a <see cref="ResolvedType"/>; <see cref="Name"/> is the canonical primitive or the full type name.</summary>
public enum ResolvedTypeKind
{
    None = 0,
    Primitive,
    Type,
    Enum,
    /// <summary>A named reference that no page of the set documents; <see cref="ResolvedType.Name"/> is the name as written.</summary>
    Unresolved,
    /// <summary>Free text that was never a type.</summary>
    Unclassified,
}
