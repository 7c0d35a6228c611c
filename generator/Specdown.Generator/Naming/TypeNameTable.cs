using System;
using System.Collections.Generic;
using Specdown.Generator.Specs;
using Specdown.Model.Collections;

namespace Specdown.Generator.Naming;

/// <summary>
/// All C# names of the model types in one place: namespaces (doc namespaces that differ only by case share one), type
/// names unique per namespace (case-insensitively, never equal to a child namespace), lookups by full name, short
/// name and page, base chains without cycles, derived types, and member names (see the other parts).
/// </summary>
internal sealed partial class TypeNameTable
{
    private readonly Dictionary<string, TypeEntry> _byFullName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<TypeEntry>> _byShortName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<TypeEntry>> _byPage = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TypeEntry> _entries = new();

    public TypeNameTable(string rootNamespace, EquatableArray<TypeKey> keys)
    {
        RootNamespace = rootNamespace;
        var relative = CanonicalRelativeNamespaces(keys);
        var allocators = CreateAllocators(relative.Values);
        foreach (var key in Ordered(keys))
        {
            if (_byFullName.ContainsKey(key.FullName))
            {
                continue;
            }

            var rel = relative[key.Namespace];
            var name = allocators[rel].Allocate(IdentifierNames.ToPascalCase(key.Name, "Type"));
            var entry = new TypeEntry(key, NamespaceNames.Combine(rootNamespace, rel), rel, name);
            _entries.Add(entry);
            _byFullName[key.FullName] = entry;
            Add(_byShortName, key.Name, entry);
            foreach (var path in key.SourcePaths)
            {
                Add(_byPage, PageStem(path), entry);
            }
        }

        FileGroups.Assign(_entries);
        BuildHierarchy();
    }

    public string RootNamespace { get; }

    /// <summary>Every entry, types before enums, each ordered by full name.</summary>
    public IReadOnlyList<TypeEntry> Entries => _entries;

    public TypeEntry? FindByFullName(string fullName) =>
        _byFullName.TryGetValue(fullName, out var entry) ? entry : null;

    /// <summary>Types first, then enums, each ordered by full name: the order names are allocated in.</summary>
    private static IEnumerable<TypeKey> Ordered(EquatableArray<TypeKey> keys)
    {
        var list = new List<TypeKey>(keys);
        list.Sort((a, b) =>
        {
            var kind = a.IsEnum.CompareTo(b.IsEnum);
            return kind != 0 ? kind : string.CompareOrdinal(a.FullName, b.FullName);
        });
        return list;
    }

    /// <summary>Doc namespace → relative C# namespace; spellings that differ only by case map to the first one.</summary>
    private static Dictionary<string, string> CanonicalRelativeNamespaces(EquatableArray<TypeKey> keys)
    {
        var docNamespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            docNamespaces.Add(key.Namespace);
        }

        var canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ns in docNamespaces)
        {
            var rel = NamespaceNames.RelativeNamespace(ns);
            if (!canonical.TryGetValue(rel, out var first))
            {
                first = rel;
                canonical[rel] = rel;
            }

            result[ns] = first;
        }

        return result;
    }

    /// <summary>One allocator per C# namespace, with child namespace names (and infrastructure names) reserved.</summary>
    private static Dictionary<string, NameAllocator> CreateAllocators(IEnumerable<string> relativeNamespaces)
    {
        var allocators = new Dictionary<string, NameAllocator>(StringComparer.Ordinal)
        {
            [string.Empty] = new NameAllocator(NamespaceNames.ReservedUnderRoot),
        };
        foreach (var rel in relativeNamespaces)
        {
            var parts = rel.Length == 0 ? Array.Empty<string>() : rel.Split('.');
            var parent = string.Empty;
            for (var i = 0; i <= parts.Length; i++)
            {
                if (!allocators.TryGetValue(parent, out var allocator))
                {
                    allocator = new NameAllocator();
                    allocators[parent] = allocator;
                }

                if (i < parts.Length)
                {
                    allocator.Reserve(parts[i]);
                    parent = parent.Length == 0 ? parts[i] : parent + "." + parts[i];
                }
            }
        }

        return allocators;
    }

    private static void Add(Dictionary<string, List<TypeEntry>> map, string key, TypeEntry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<TypeEntry>();
            map[key] = list;
        }

        list.Add(entry);
    }

    /// <summary><c>../resources/chat.md#x</c> → <c>chat</c>.</summary>
    internal static string PageStem(string path)
    {
        var text = path;
        var cut = text.IndexOfAny(new[] { '#', '?' });
        if (cut >= 0)
        {
            text = text.Substring(0, cut);
        }

        var slash = Math.Max(text.LastIndexOf('/'), text.LastIndexOf('\\'));
        if (slash >= 0)
        {
            text = text.Substring(slash + 1);
        }

        if (text.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(0, text.Length - 3);
        }

        return text.Trim();
    }
}
