using System;
using System.Collections.Generic;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Builds the <see cref="TypeDefinition"/>s of a resource page: identity from the resource annotation's
/// <c>@odata.type</c> (else the title and <c>Namespace:</c> line), properties from the Properties and Relationships
/// tables, base type from the annotation or the "Inherits from [x]" prose, representation from the resource block.
/// </summary>
internal static class ResourceBuilder
{
    public const string DefaultNamespace = "microsoft.graph";

    public static List<TypeDefinition> Build(PageContext context)
    {
        var result = new List<TypeDefinition>();
        var properties = new List<PropertyModel>();
        foreach (var item in context.Tables)
        {
            if (item.Table.Kind is TableKind.Properties or TableKind.Relationships)
            {
                properties.AddRange(TablePropertyReader.Read(context, item));
            }
        }

        var titleName = NameFromTitle(context.Title);
        var primary = PrimaryBlock(context, titleName);
        var baseFromProse = ResourceProse.BaseType(context);
        var description = ResourceProse.Description(context);
        var isAbstract = ResourceProse.SaysAbstract(context);
        if (titleName == null && primary?.Annotation?.ODataType is not { Length: > 0 })
        {
            // No name from the title nor from the resource block's @odata.type: no type (never a null name).
            return result;
        }

        var (ns, name) = primary?.Annotation?.ODataType is { Length: > 0 } odataType
            ? Split(odataType)
            : (context.Namespace ?? DefaultNamespace, titleName!);
        result.Add(Create(context, ns, name, primary, properties, baseFromProse, isAbstract, description));
        foreach (var block in context.ResourceBlocks)
        {
            if (block == primary || block.Annotation?.ODataType is not { Length: > 0 } other)
            {
                continue;
            }

            var (otherNs, otherName) = Split(other);
            result.Add(Create(context, otherNs, otherName, block, new List<PropertyModel>(), null, false, string.Empty));
        }

        return result;
    }

    /// <summary>The namespace and short name of a qualified name (<c>#microsoft.graph.chat</c> → microsoft.graph, chat).</summary>
    public static (string Namespace, string Name) Split(string qualified)
    {
        var name = qualified.Trim().TrimStart('#');
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? (DefaultNamespace, name) : (name.Substring(0, dot), name.Substring(dot + 1));
    }

    /// <summary>"chat resource type" → chat; the first word of the title otherwise.</summary>
    public static string? NameFromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = title!.Trim();
        var space = text.IndexOf(' ');
        var name = space < 0 ? text : text.Substring(0, space);
        name = name.Trim('*', '`', '"', '\'', ':');
        return name.Length == 0 ? null : name;
    }

    private static TypeDefinition Create(
        PageContext context, string ns, string name, CodeBlock? block, List<PropertyModel> properties, string? baseFromProse,
        bool isAbstract, string description)
    {
        var annotation = block?.Annotation;
        var baseType = Qualify(annotation?.BaseType ?? baseFromProse, ns);
        var keyProperty = annotation?.KeyProperty;
        if (keyProperty == null)
        {
            foreach (var property in properties)
            {
                if (property.IsKey)
                {
                    keyProperty = property.Name;
                    break;
                }
            }
        }

        var isEntity = keyProperty != null || baseType != null && baseType.EndsWith(".entity", StringComparison.OrdinalIgnoreCase);
        var representation = block == null ? null : TolerantJsonReader.Read(context.Map, block.ContentLocation.Start, block.ContentLocation.Length).Root;
        return new TypeDefinition(
            name,
            ns,
            ns + "." + name,
            baseType,
            isAbstract,
            annotation?.OpenType == true || ResourceProse.SaysOpen(description),
            isEntity,
            keyProperty,
            properties,
            representation,
            annotation?.OptionalProperties ?? EquatableArray<string>.Empty,
            description,
            context.Path,
            block?.Location ?? context.TitleLocation ?? LocationInfo.FileStart(context.Path));
    }

    private static CodeBlock? PrimaryBlock(PageContext context, string? titleName)
    {
        CodeBlock? first = null;
        foreach (var block in context.ResourceBlocks)
        {
            if (block.Annotation?.ODataType is not { Length: > 0 } odataType)
            {
                first ??= block;
                continue;
            }

            first ??= block;
            if (titleName != null && string.Equals(Split(odataType).Name, titleName, StringComparison.OrdinalIgnoreCase))
            {
                return block;
            }
        }

        return first;
    }

    /// <summary>A base type name made full: kept when it has a dot, else put in <paramref name="ns"/>.</summary>
    private static string? Qualify(string? name, string ns)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name!.Trim().TrimStart('#');
        return trimmed.IndexOf('.') >= 0 ? trimmed : ns + "." + trimmed;
    }
}
