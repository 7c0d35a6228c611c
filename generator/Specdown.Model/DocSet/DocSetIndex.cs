using System;
using System.Collections.Generic;

namespace Specdown.Model;

/// <summary>
/// The dictionaries a <see cref="DocSet"/> answers from, built once: types and enums by full and short name, pages by
/// normalised path, what each page defines, base chains and derived types.
/// </summary>
internal sealed class DocSetIndex
{
    public const string DefaultNamespace = "microsoft.graph";

    public static readonly DocSetIndex Empty = Build(new List<PageModel>(), new List<TypeDefinition>(), new List<EnumDefinition>());

    private DocSetIndex()
    {
    }

    public Dictionary<string, TypeDefinition> TypesByFullName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, TypeDefinition> TypesByShortName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, EnumDefinition> EnumsByFullName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, EnumDefinition> EnumsByShortName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, PageModel> PagesByPath { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, List<TypeDefinition>> TypesByPage { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, List<EnumDefinition>> EnumsByPage { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, IReadOnlyList<TypeDefinition>> BaseChains { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, IReadOnlyList<TypeDefinition>> Derived { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static DocSetIndex Build(List<PageModel> pages, List<TypeDefinition> types, List<EnumDefinition> enums)
    {
        var index = new DocSetIndex();
        foreach (var type in types)
        {
            index.TypesByFullName[type.FullName] = type;
            AddShort(index.TypesByShortName, type.Name, type, type.Namespace);
        }

        foreach (var definition in enums)
        {
            index.EnumsByFullName[definition.FullName] = definition;
            AddShort(index.EnumsByShortName, definition.Name, definition, definition.Namespace);
        }

        foreach (var page in pages)
        {
            var path = DocSetPaths.Normalize(page.Path);
            if (!index.PagesByPath.ContainsKey(path))
            {
                index.PagesByPath[path] = page;
            }

            index.TypesByPage[path] = Collect(page.Types, index.TypesByFullName, t => t.FullName);
            index.EnumsByPage[path] = Collect(page.Enums, index.EnumsByFullName, e => e.FullName);
        }

        index.BuildHierarchy(types);
        return index;
    }

    /// <summary>A type by full name, else (for a base name written short or in another namespace) by short name.</summary>
    public TypeDefinition? FindBase(string name)
    {
        if (TypesByFullName.TryGetValue(name, out var type))
        {
            return type;
        }

        var dot = name.LastIndexOf('.');
        var shortName = dot >= 0 ? name.Substring(dot + 1) : name;
        return TypesByShortName.TryGetValue(shortName, out type) ? type : null;
    }

    private void BuildHierarchy(List<TypeDefinition> types)
    {
        var derived = new Dictionary<string, List<TypeDefinition>>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in types)
        {
            var chain = new List<TypeDefinition>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { type.FullName };
            var current = type;
            while (current.BaseType != null && FindBase(current.BaseType) is { } next && seen.Add(next.FullName))
            {
                chain.Add(next);
                if (!derived.TryGetValue(next.FullName, out var list))
                {
                    derived[next.FullName] = list = new List<TypeDefinition>();
                }

                list.Add(type);
                current = next;
            }

            BaseChains[type.FullName] = chain;
        }

        foreach (var pair in derived)
        {
            pair.Value.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
            Derived[pair.Key] = pair.Value;
        }
    }

    private static void AddShort<T>(Dictionary<string, T> map, string name, T value, string ns)
    {
        // Definitions arrive ordered by full name; on a clash between namespaces microsoft.graph wins, else the first.
        if (!map.TryGetValue(name, out var existing) ||
            !IsDefaultNamespaceEntry(existing) && string.Equals(ns, DefaultNamespace, StringComparison.OrdinalIgnoreCase))
        {
            map[name] = value;
        }
    }

    private static bool IsDefaultNamespaceEntry<T>(T value) => value switch
    {
        TypeDefinition type => string.Equals(type.Namespace, DefaultNamespace, StringComparison.OrdinalIgnoreCase),
        EnumDefinition definition => string.Equals(definition.Namespace, DefaultNamespace, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static List<T> Collect<T>(Collections.EquatableArray<T> own, Dictionary<string, T> merged, Func<T, string> key)
        where T : IEquatable<T>
    {
        var list = new List<T>(own.Count);
        foreach (var item in own)
        {
            list.Add(merged.TryGetValue(key(item), out var found) ? found : item);
        }

        return list;
    }
}
