using System;
using System.Collections.Generic;
using Specdown.Generator.Naming;
using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// Builds the <see cref="DocSpec"/> from page specs in any order: pages sorted by path, types and enums documented on
/// several pages merged by full name (case-insensitive; first page wins per property), operations grouped.
/// </summary>
internal static class DocSpecBuilder
{
    public static DocSpec Build(IEnumerable<PageSpec> pageSpecs, string rootNamespace, string? baseUrl = null)
    {
        var pages = new List<PageSpec>(pageSpecs);
        pages.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var types = MergeTypes(pages);
        var enums = MergeEnums(pages);
        var keys = new List<TypeKey>();
        foreach (var pair in types)
        {
            keys.Add(ToKey(pair.Value.Spec, pair.Value.Paths));
        }

        foreach (var pair in enums)
        {
            var spec = pair.Value.Spec;
            keys.Add(new TypeKey(spec.FullName, spec.Name, spec.Namespace, true, null, false, pair.Value.Paths.ToEquatableArray(), EquatableArray<string>.Empty));
        }

        keys.Sort((a, b) => a.IsEnum != b.IsEnum ? a.IsEnum.CompareTo(b.IsEnum) : string.CompareOrdinal(a.FullName, b.FullName));
        var index = new TypeIndex(rootNamespace, keys.ToEquatableArray());
        return new DocSpec(index, Specs(types), Specs(enums), OperationGrouper.Group(pages, baseUrl));
    }

    private static TypeKey ToKey(TypeSpec spec, List<string> paths)
    {
        var wires = new List<string>();
        foreach (var property in spec.Properties)
        {
            wires.Add(property.WireName);
        }

        return new TypeKey(spec.FullName, spec.Name, spec.Namespace, false, spec.BaseType, spec.IsOpenType, paths.ToEquatableArray(), wires.ToEquatableArray());
    }

    private static EquatableArray<T> Specs<T>(SortedDictionary<string, Merged<T>> map)
        where T : IEquatable<T>
    {
        var list = new List<T>(map.Count);
        foreach (var pair in map)
        {
            list.Add(pair.Value.Spec);
        }

        return list.ToEquatableArray();
    }

    private static SortedDictionary<string, Merged<TypeSpec>> MergeTypes(List<PageSpec> pages)
    {
        var map = new SortedDictionary<string, Merged<TypeSpec>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var type in page.Types)
            {
                var key = type.FullName.ToLowerInvariant();
                if (!map.TryGetValue(key, out var merged))
                {
                    map[key] = new Merged<TypeSpec>(type, page.Path);
                    continue;
                }

                merged.Paths.Add(page.Path);
                merged.Spec = Merge(merged.Spec, type);
            }
        }

        return map;
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

    private static SortedDictionary<string, Merged<EnumSpec>> MergeEnums(List<PageSpec> pages)
    {
        var map = new SortedDictionary<string, Merged<EnumSpec>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var definition in page.Enums)
            {
                var key = definition.FullName.ToLowerInvariant();
                if (!map.TryGetValue(key, out var merged))
                {
                    map[key] = new Merged<EnumSpec>(definition, page.Path);
                    continue;
                }

                merged.Paths.Add(page.Path);
                var members = new List<EnumMemberSpec>(merged.Spec.Members);
                members.AddRange(definition.Members);
                merged.Spec = merged.Spec with { Members = members.ToEquatableArray(), IsFlags = merged.Spec.IsFlags || definition.IsFlags };
            }
        }

        return map;
    }

    private sealed class Merged<T>
    {
        public Merged(T spec, string path)
        {
            Spec = spec;
            Paths.Add(path);
        }

        public T Spec { get; set; }

        public List<string> Paths { get; } = new();
    }
}
