using System;
using System.Collections.Generic;

namespace Specdown.Model;

public sealed partial class DocSet
{
    /// <summary>A type by full name (<c>microsoft.graph.chat</c>) or short name (<c>chat</c>), case-insensitive.</summary>
    public TypeDefinition? FindType(string name) => throw new NotImplementedException("stub");

    /// <summary>An enum by full or short name, case-insensitive.</summary>
    public EnumDefinition? FindEnum(string name) => throw new NotImplementedException("stub");

    /// <summary>A page by path as given to <see cref="Create"/> (separators normalised to '/').</summary>
    public PageModel? FindPage(string path) => throw new NotImplementedException("stub");

    /// <summary>
    /// Resolves a type reference written on page <paramref name="fromPagePath"/>: through its link target first
    /// (relative page path, <c>#x-values</c> anchors), then by name.
    /// </summary>
    public ResolvedType Resolve(TypeRef type, string fromPagePath) => throw new NotImplementedException("stub");

    /// <summary>The base types of <paramref name="type"/>, nearest first; cycles and unresolved bases end the chain.</summary>
    public IReadOnlyList<TypeDefinition> GetBaseTypes(TypeDefinition type) => throw new NotImplementedException("stub");

    /// <summary>The properties of <paramref name="type"/> and of its base types (own first).</summary>
    public IReadOnlyList<PropertyModel> GetAllProperties(TypeDefinition type) => throw new NotImplementedException("stub");

    /// <summary>The types whose base chain includes <paramref name="type"/>, ordered by full name.</summary>
    public IReadOnlyList<TypeDefinition> GetDerivedTypes(TypeDefinition type) => throw new NotImplementedException("stub");
}
