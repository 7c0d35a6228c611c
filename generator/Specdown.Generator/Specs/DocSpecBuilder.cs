using System;
using System.Collections.Generic;
using System.Linq;
using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// Cross-file steps, each independent of the input order (items are sorted by their page path first): types and enums
/// documented on several pages merged by full name (case-insensitive; first page wins per property), the type index
/// from per-page keys, operations grouped. The generator runs them as separate pipeline steps; <see cref="Build"/>
/// composes them for <c>SpecdownEmitter</c>.
/// </summary>
internal static class DocSpecBuilder
{
    public static DocSpec Build(IEnumerable<PageSpec> pageSpecs, string rootNamespace)
    {
        var pages = pageSpecs.ToList();
        return new DocSpec(
            BuildIndex(pages.SelectMany(p => KeysOf(p)), rootNamespace),
            MergeTypes(pages.SelectMany(p => p.Types)),
            MergeEnums(pages.SelectMany(p => p.Enums)),
            OperationGrouper.Group(pages.SelectMany(p => p.Operations)));
    }

    /// <summary>The keys one page contributes (one per type and enum it documents).</summary>
    public static EquatableArray<TypeKey> KeysOf(PageSpec page)
    {
        var keys = new List<TypeKey>(page.Types.Count + page.Enums.Count);
        foreach (var type in page.Types)
        {
            var wires = new List<string>(type.Properties.Count);
            foreach (var property in type.Properties)
            {
                wires.Add(property.WireName);
            }

            keys.Add(new TypeKey(type.FullName, type.Name, type.Namespace, false, type.BaseType, type.IsOpenType, new[] { type.SourcePath }, wires.ToEquatableArray()));
        }

        foreach (var definition in page.Enums)
        {
            keys.Add(new TypeKey(definition.FullName, definition.Name, definition.Namespace, true, null, false, new[] { definition.SourcePath }, EquatableArray<string>.Empty));
        }

        return keys.ToEquatableArray();
    }

    /// <summary>One part of every page that has any, in page order (equal, element by element, while those parts are).</summary>
    public static EquatableArray<EquatableArray<T>> PerPage<T>(IReadOnlyList<PageData> pages, Func<PageData, EquatableArray<T>> part)
        where T : IEquatable<T>
    {
        var parts = new List<EquatableArray<T>>();
        foreach (var page in pages)
        {
            var items = part(page);
            if (items.Count > 0)
            {
                parts.Add(items);
            }
        }

        return parts.ToEquatableArray();
    }

    /// <summary>The keys of every page, in page order (unchanged pages give the same key objects, so equality is cheap).</summary>
    public static EquatableArray<TypeKey> AllKeys(IReadOnlyList<PageData> pages)
    {
        var count = 0;
        foreach (var page in pages)
        {
            count += page.Keys.Count;
        }

        var keys = new TypeKey[count];
        var next = 0;
        foreach (var page in pages)
        {
            foreach (var key in page.Keys)
            {
                keys[next++] = key;
            }
        }

        return new EquatableArray<TypeKey>(keys);
    }

    /// <summary>The index from the keys of every page (merged per full name like <see cref="MergeTypes"/>).</summary>
    public static TypeIndex BuildIndex(IEnumerable<TypeKey> pageKeys, string rootNamespace)
    {
        var merged = new Dictionary<string, TypeKey>(StringComparer.Ordinal);
        foreach (var key in pageKeys.OrderBy(k => k.SourcePaths.Count == 0 ? string.Empty : k.SourcePaths[0], StringComparer.Ordinal))
        {
            var id = (key.IsEnum ? "e:" : "t:") + key.FullName.ToLowerInvariant();
            merged[id] = merged.TryGetValue(id, out var first) ? Merge(first, key) : key;
        }

        var keys = merged.Values.ToList();
        keys.Sort((a, b) => a.IsEnum != b.IsEnum ? a.IsEnum.CompareTo(b.IsEnum) : string.CompareOrdinal(a.FullName, b.FullName));
        return new TypeIndex(rootNamespace, keys.ToEquatableArray());
    }

    private static TypeKey Merge(TypeKey first, TypeKey other)
    {
        var wires = new List<string>(first.PropertyWireNames);
        var seen = new HashSet<string>(first.PropertyWireNames, StringComparer.Ordinal);
        foreach (var wire in other.PropertyWireNames)
        {
            if (seen.Add(wire))
            {
                wires.Add(wire);
            }
        }

        return first with
        {
            BaseType = first.BaseType ?? other.BaseType,
            IsOpenType = first.IsOpenType || other.IsOpenType,
            SourcePaths = first.SourcePaths.Concat(other.SourcePaths).ToEquatableArray(),
            PropertyWireNames = wires.ToEquatableArray(),
        };
    }

    /// <summary>Types merged by full name, ordered by full name (lower case, ordinal).</summary>
    /// <remarks>
    /// Types documented on several pages are merged in page-path order (first page wins). Only those are sorted by
    /// page: this runs on every edit, so it avoids sorting every type by page.
    /// </remarks>
    public static EquatableArray<TypeSpec> MergeTypes(IEnumerable<TypeSpec> types) =>
        MergeByName(types, static t => t.FullName, static t => t.SourcePath, Merge);

    /// <summary>
    /// Items grouped by lower-case name; each group folded with <paramref name="merge"/> in page-path order (stable:
    /// items of one page keep their order); the results ordered by lower-case name (ordinal).
    /// </summary>
    private static EquatableArray<T> MergeByName<T>(IEnumerable<T> items, Func<T, string> name, Func<T, string> path, Func<T, T, T> merge)
        where T : IEquatable<T>
    {
        var byName = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = name(item).ToLowerInvariant();
            if (!byName.TryGetValue(key, out var list))
            {
                list = new List<T>(1);
                byName[key] = list;
            }

            list.Add(item);
        }

        var keys = new string[byName.Count];
        byName.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        var result = new T[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var list = byName[keys[i]];
            if (list.Count == 1)
            {
                result[i] = list[0];
                continue;
            }

            var ordered = list.OrderBy(path, StringComparer.Ordinal).ToList();
            var merged = ordered[0];
            for (var j = 1; j < ordered.Count; j++)
            {
                merged = merge(merged, ordered[j]);
            }

            result[i] = merged;
        }

        return new EquatableArray<T>(result);
    }

    private static TypeSpec Merge(TypeSpec first, TypeSpec other)
    {
        var properties = new List<PropertySpec>(first.Properties);
        var wires = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in first.Properties)
        {
            wires.Add(property.WireName);
        }

        foreach (var property in other.Properties)
        {
            if (wires.Add(property.WireName))
            {
                properties.Add(property);
            }
        }

        return first with
        {
            BaseType = first.BaseType ?? other.BaseType,
            IsAbstract = first.IsAbstract || other.IsAbstract,
            IsOpenType = first.IsOpenType || other.IsOpenType,
            Description = first.Description.Length > 0 ? first.Description : other.Description,
            Properties = properties.ToEquatableArray(),
        };
    }

    /// <summary>Enums merged by full name (members appended), ordered by full name (lower case, ordinal).</summary>
    public static EquatableArray<EnumSpec> MergeEnums(IEnumerable<EnumSpec> enums) =>
        MergeByName(enums, static e => e.FullName, static e => e.SourcePath, static (first, definition) =>
        {
            var members = new List<EnumMemberSpec>(first.Members);
            members.AddRange(definition.Members);
            return first with { Members = members.ToEquatableArray(), IsFlags = first.IsFlags || definition.IsFlags };
        });
}
