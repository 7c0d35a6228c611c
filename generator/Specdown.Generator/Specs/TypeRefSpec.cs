using Specdown.Model;

namespace Specdown.Generator.Specs;

/// <summary>A type reference as the emitters need it: kind, name as written (canonical for primitives), link, collection.</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record TypeRefSpec(TypeRefKind Kind, string Name, string? LinkTarget, bool IsCollection)
{
    public static TypeRefSpec? From(TypeRef? type)
    {
        if (type is null)
        {
            return null;
        }

        var name = type.Name ?? string.Empty;
        if (type.Kind == TypeRefKind.Primitive)
        {
            name = PrimitiveTypes.Normalize(name) ?? name;
        }

        return new TypeRefSpec(type.Kind, name, type.LinkTarget, type.IsCollection);
    }
}
