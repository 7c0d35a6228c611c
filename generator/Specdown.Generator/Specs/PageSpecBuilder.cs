using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>Reduces a parsed <see cref="PageModel"/> to the <see cref="PageSpec"/> the emitters need. Never throws.</summary>
internal static class PageSpecBuilder
{
    /// <param name="baseUrl">The configured base URL stripped from path templates (<c>SpecdownBaseUrl</c>).</param>
    public static PageSpec Build(PageModel? page, string? baseUrl = null)
    {
        if (page is null)
        {
            return PageSpec.Empty;
        }

        var types = new List<TypeSpec>();
        foreach (var type in page.Types)
        {
            if (TryBuild(() => BuildType(type, page.Path), out var spec))
            {
                types.Add(spec!);
            }
        }

        var enums = new List<EnumSpec>();
        foreach (var definition in page.Enums)
        {
            if (TryBuild(() => BuildEnum(definition, page.Path), out var spec))
            {
                enums.Add(spec!);
            }
        }

        var operations = new List<OperationSpec>();
        if (page.Operation is { } operation)
        {
            TryBuild(() => { AddOperations(page, operation, baseUrl, operations); return true; }, out _);
        }

        return new PageSpec(page.Path, types.ToEquatableArray(), enums.ToEquatableArray(), operations.ToEquatableArray());
    }

    private static bool TryBuild<T>(Func<T> build, out T? value)
    {
        try
        {
            value = build();
            return value is not null;
        }
        catch (Exception)
        {
            // Fail soft: a page the generator cannot use contributes nothing; the analyzers report why.
            value = default;
            return false;
        }
    }

    private static TypeSpec? BuildType(TypeDefinition type, string path)
    {
        if (string.IsNullOrWhiteSpace(type.Name))
        {
            return null;
        }

        var properties = new List<PropertySpec>();
        foreach (var property in type.Properties)
        {
            if (BuildProperty(property) is { } spec)
            {
                properties.Add(spec);
            }
        }

        return new TypeSpec(
            FullName(type.FullName, type.Namespace, type.Name),
            type.Name.Trim(),
            (type.Namespace ?? string.Empty).Trim(),
            string.IsNullOrWhiteSpace(type.BaseType) ? null : type.BaseType!.Trim(),
            type.IsAbstract,
            type.IsOpenType,
            type.Description ?? string.Empty,
            properties.ToEquatableArray(),
            path);
    }

    public static PropertySpec? BuildProperty(PropertyModel property)
    {
        if (string.IsNullOrWhiteSpace(property.Name) || property.Type is null)
        {
            return null;
        }

        return new PropertySpec(
            property.Name.Trim(),
            TypeRefSpec.From(property.Type)!,
            property.Description ?? string.Empty,
            property.IsRequired,
            property.IsDeprecated);
    }

    private static EnumSpec? BuildEnum(EnumDefinition definition, string path)
    {
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            return null;
        }

        var members = new List<EnumMemberSpec>();
        foreach (var member in definition.Members)
        {
            if (!string.IsNullOrWhiteSpace(member.Name))
            {
                members.Add(new EnumMemberSpec(member.Name.Trim(), member.Value, member.Description ?? string.Empty));
            }
        }

        return new EnumSpec(
            FullName(definition.FullName, definition.Namespace, definition.Name),
            definition.Name.Trim(),
            (definition.Namespace ?? string.Empty).Trim(),
            definition.IsFlags,
            members.ToEquatableArray(),
            definition.Description ?? string.Empty,
            path);
    }

    private static void AddOperations(PageModel page, OperationModel operation, string? baseUrl, List<OperationSpec> operations)
    {
        var bodyProperties = new List<PropertySpec>();
        foreach (var property in operation.RequestBodyProperties)
        {
            if (BuildProperty(property) is { } spec)
            {
                bodyProperties.Add(spec);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var title = string.IsNullOrWhiteSpace(operation.Title) ? page.Title ?? string.Empty : operation.Title;
        for (var i = 0; i < operation.Paths.Count; i++)
        {
            var path = operation.Paths[i];
            var method = (path.Method ?? string.Empty).Trim().ToUpperInvariant();
            if (method.Length == 0 || string.IsNullOrWhiteSpace(path.Template) || !seen.Add(method + " " + path.Template))
            {
                continue;
            }

            var template = BaseUrlStripper.Strip(path.Template.Trim(), baseUrl);

            operations.Add(new OperationSpec(
                title.Trim(),
                page.Path,
                i,
                (page.Namespace ?? string.Empty).Trim(),
                method,
                template,
                TypeRefSpec.From(operation.RequestBodyType),
                bodyProperties.ToEquatableArray(),
                operation.Response?.StatusCode,
                TypeRefSpec.From(operation.Response?.ReturnType),
                operation.Response?.MentionsBody ?? false,
                Naming.RoutePlan.Create(template).Group));
        }
    }

    private static string FullName(string? fullName, string? ns, string name)
    {
        if (!string.IsNullOrWhiteSpace(fullName))
        {
            return fullName!.Trim();
        }

        return string.IsNullOrWhiteSpace(ns) ? name.Trim() : ns!.Trim() + "." + name.Trim();
    }
}
