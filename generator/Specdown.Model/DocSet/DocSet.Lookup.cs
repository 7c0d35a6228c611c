using System;
using System.Collections.Generic;
using Specdown.Model.Parsing;

namespace Specdown.Model;

public sealed partial class DocSet
{
    /// <summary>A type by full name (<c>microsoft.graph.chat</c>) or short name (<c>chat</c>), case-insensitive.</summary>
    public TypeDefinition? FindType(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var key = name.Trim().TrimStart('#');
        return _index.TypesByFullName.TryGetValue(key, out var type) || _index.TypesByShortName.TryGetValue(key, out type) ? type : null;
    }

    /// <summary>An enum by full or short name, case-insensitive.</summary>
    public EnumDefinition? FindEnum(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var key = name.Trim().TrimStart('#');
        return _index.EnumsByFullName.TryGetValue(key, out var definition) || _index.EnumsByShortName.TryGetValue(key, out definition) ? definition : null;
    }

    /// <summary>A page by path as given to <see cref="Create"/> (separators normalised to '/').</summary>
    public PageModel? FindPage(string path) =>
        path != null && _index.PagesByPath.TryGetValue(DocSetPaths.Normalize(path), out var page) ? page : null;

    /// <summary>
    /// Resolves a type reference written on page <paramref name="fromPagePath"/>: through its link target first
    /// (relative page path, <c>#x-values</c> anchors), then by name.
    /// </summary>
    public ResolvedType Resolve(TypeRef type, string fromPagePath)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                return new ResolvedType(ResolvedTypeKind.Primitive, type.Name, type.IsCollection);
            case TypeRefKind.Unclassified:
                return new ResolvedType(ResolvedTypeKind.Unclassified, type.Raw, type.IsCollection);
            case TypeRefKind.None:
                return ResolvedType.None;
        }

        if (type.LinkTarget != null && ResolveLinkMemoised(type, fromPagePath ?? string.Empty) is { } linked)
        {
            return linked;
        }

        if (FindType(type.Name) is { } found)
        {
            return new ResolvedType(ResolvedTypeKind.Type, found.FullName, type.IsCollection);
        }

        return FindEnum(type.Name) is { } definition
            ? new ResolvedType(ResolvedTypeKind.Enum, definition.FullName, type.IsCollection)
            : new ResolvedType(ResolvedTypeKind.Unresolved, type.Name, type.IsCollection);
    }

    /// <summary>The base types of <paramref name="type"/>, nearest first; cycles and unresolved bases end the chain.</summary>
    public IReadOnlyList<TypeDefinition> GetBaseTypes(TypeDefinition type) =>
        type != null && _index.BaseChains.TryGetValue(type.FullName, out var chain) ? chain : Array.Empty<TypeDefinition>();

    /// <summary>The properties of <paramref name="type"/> and of its base types (own first; a base property hidden by an own one is left out).</summary>
    public IReadOnlyList<PropertyModel> GetAllProperties(TypeDefinition type)
    {
        var result = new List<PropertyModel>();
        if (type == null)
        {
            return result;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        AddProperties(type, result, names);
        foreach (var baseType in GetBaseTypes(type))
        {
            AddProperties(baseType, result, names);
        }

        return result;
    }

    /// <summary>The types whose base chain includes <paramref name="type"/>, ordered by full name.</summary>
    public IReadOnlyList<TypeDefinition> GetDerivedTypes(TypeDefinition type) =>
        type != null && _index.Derived.TryGetValue(type.FullName, out var derived) ? derived : Array.Empty<TypeDefinition>();

    private static void AddProperties(TypeDefinition type, List<PropertyModel> result, HashSet<string> names)
    {
        foreach (var property in type.Properties)
        {
            if (names.Add(property.Name))
            {
                result.Add(property);
            }
        }
    }

    /// <summary>
    /// <see cref="ResolveLink"/>, memoised (thread-safe) by what its result depends on: the folder of the page (the whole
    /// path for a target without a page part, or when the page's file name is not a plain name), the link target, the
    /// type's name and whether it is a collection. Pages of one folder link the same few type pages again and again.
    /// </summary>
    private ResolvedType? ResolveLinkMemoised(TypeRef type, string fromPagePath)
    {
        var key = (LinkFolderKey(fromPagePath, type.LinkTarget!), type.LinkTarget!, type.Name, type.IsCollection);
        if (_linkedTypes.TryGetValue(key, out var resolved))
        {
            return resolved;
        }

        resolved = ResolveLink(type, fromPagePath);
        _linkedTypes.TryAdd(key, resolved);
        return resolved;
    }

    private static string LinkFolderKey(string fromPagePath, string target)
    {
        var separator = fromPagePath.LastIndexOfAny(PathSeparators);
        var name = fromPagePath.Length - separator - 1;
        var plainName = name > 2 || (name > 0 && fromPagePath[fromPagePath.Length - 1] != '.');
        return target.Length == 0 || target[0] == '#' || target[0] == '?' || !plainName
            ? fromPagePath
            : fromPagePath.Substring(0, separator + 1);
    }

    private ResolvedType? ResolveLink(TypeRef type, string fromPagePath)
    {
        if (!DocSetPaths.TryResolve(fromPagePath, type.LinkTarget!, out var page, out var anchor))
        {
            return null;
        }

        _index.EnumsByPage.TryGetValue(page, out var enums);
        _index.TypesByPage.TryGetValue(page, out var types);
        if (enums != null && anchor.Length > 0)
        {
            foreach (var definition in enums)
            {
                if (string.Equals(SectionClassifier.Slug(definition.Name + " values"), anchor, StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(definition.Name, type.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return new ResolvedType(ResolvedTypeKind.Enum, definition.FullName, type.IsCollection);
                }
            }
        }

        if (types != null && types.Count > 0)
        {
            var chosen = types[0];
            foreach (var candidate in types)
            {
                if (string.Equals(candidate.Name, type.Name, StringComparison.OrdinalIgnoreCase))
                {
                    chosen = candidate;
                    break;
                }
            }

            return new ResolvedType(ResolvedTypeKind.Type, chosen.FullName, type.IsCollection);
        }

        if (enums != null && enums.Count > 0)
        {
            var chosen = enums[0];
            foreach (var candidate in enums)
            {
                if (string.Equals(candidate.Name, type.Name, StringComparison.OrdinalIgnoreCase))
                {
                    chosen = candidate;
                    break;
                }
            }

            return new ResolvedType(ResolvedTypeKind.Enum, chosen.FullName, type.IsCollection);
        }

        return null;
    }
}
