using System;
using System.Collections.Generic;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// Merges the types (and enums) that several pages document under the same full name (case-insensitive): properties
/// united by name, the first page winning; a property typed differently or a different base type is SPD0112.
/// </summary>
internal static class DocSetMerger
{
    public static List<TypeDefinition> MergeTypes(List<PageModel> pages, List<DiagnosticInfo> diagnostics)
    {
        var byName = new Dictionary<string, TypeDefinition>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var page in pages)
        {
            foreach (var type in page.Types)
            {
                if (!byName.TryGetValue(type.FullName, out var existing))
                {
                    byName[type.FullName] = type;
                    order.Add(type.FullName);
                    continue;
                }

                byName[type.FullName] = Merge(existing, type, diagnostics);
            }
        }

        var result = new List<TypeDefinition>(order.Count);
        foreach (var name in order)
        {
            result.Add(byName[name]);
        }

        result.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return result;
    }

    public static List<EnumDefinition> MergeEnums(List<PageModel> pages, List<DiagnosticInfo> diagnostics)
    {
        var byName = new Dictionary<string, EnumDefinition>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var page in pages)
        {
            foreach (var definition in page.Enums)
            {
                if (!byName.TryGetValue(definition.FullName, out var existing))
                {
                    byName[definition.FullName] = definition;
                    order.Add(definition.FullName);
                    continue;
                }

                byName[definition.FullName] = MergeEnum(existing, definition);
            }
        }

        var result = new List<EnumDefinition>(order.Count);
        foreach (var name in order)
        {
            result.Add(byName[name]);
        }

        result.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return result;
    }

    private static TypeDefinition Merge(TypeDefinition first, TypeDefinition next, List<DiagnosticInfo> diagnostics)
    {
        if (first.BaseType != null && next.BaseType != null && !string.Equals(first.BaseType, next.BaseType, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(RuleIds.ConflictingTypeDefinition, next.Location, first.FullName, first.Location.ToString(), "base type '" + first.BaseType + "' instead of '" + next.BaseType + "'"));
        }

        var properties = new List<PropertyModel>(first.Properties);
        var index = new Dictionary<string, PropertyModel>(StringComparer.Ordinal);
        foreach (var property in first.Properties)
        {
            index[property.Name] = property;
        }

        foreach (var property in next.Properties)
        {
            if (!index.TryGetValue(property.Name, out var existing))
            {
                index[property.Name] = property;
                properties.Add(property);
            }
            else if (!SameType(existing.Type, property.Type))
            {
                diagnostics.Add(DiagnosticInfo.Create(RuleIds.ConflictingTypeDefinition, property.Location, first.FullName, existing.Location.ToString(), "type '" + existing.Type.Raw + "' for property '" + property.Name + "' (here '" + property.Type.Raw + "')"));
            }
        }

        return first with
        {
            BaseType = first.BaseType ?? next.BaseType,
            IsAbstract = first.IsAbstract || next.IsAbstract,
            IsOpenType = first.IsOpenType || next.IsOpenType,
            IsEntity = first.IsEntity || next.IsEntity,
            KeyProperty = first.KeyProperty ?? next.KeyProperty,
            Properties = properties,
            Representation = first.Representation ?? next.Representation,
            OptionalProperties = Union(first.OptionalProperties, next.OptionalProperties),
            Description = first.Description.Length > 0 ? first.Description : next.Description,
        };
    }

    private static EnumDefinition MergeEnum(EnumDefinition first, EnumDefinition next)
    {
        var members = new List<EnumMember>(first.Members);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in first.Members)
        {
            names.Add(member.Name);
        }

        foreach (var member in next.Members)
        {
            if (names.Add(member.Name))
            {
                members.Add(member);
            }
        }

        return first with
        {
            IsFlags = first.IsFlags || next.IsFlags,
            Members = members,
            Description = first.Description.Length > 0 ? first.Description : next.Description,
        };
    }

    private static bool SameType(TypeRef a, TypeRef b) =>
        a.Kind == b.Kind && a.IsCollection == b.IsCollection && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static EquatableArray<string> Union(EquatableArray<string> a, EquatableArray<string> b)
    {
        if (b.IsEmpty)
        {
            return a;
        }

        var list = new List<string>(a);
        foreach (var item in b)
        {
            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }

        return list;
    }
}
