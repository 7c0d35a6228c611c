using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0016: in a create request (a POST), the request-body table lists as required a property the server assigns: the
/// key, a read-only property (of the table row or of the created type), or <c>id</c> inherited from a base type.
/// </summary>
internal static class ServerAssignedRequiredRule
{
    public static void Check(DocSet docSet, PageModel page, List<DiagnosticInfo> output)
    {
        var operation = page.Operation;
        if (operation is null || operation.RequestBodyProperties.IsEmpty || !IsCreate(operation))
        {
            return;
        }

        var created = TypeLookup.Resolve(docSet, operation.RequestBodyType, page.Path, out _);
        foreach (var property in operation.RequestBodyProperties)
        {
            if (!property.IsRequired)
            {
                continue;
            }

            var reason = Reason(docSet, property, created);
            if (reason is not null)
            {
                output.Add(DiagnosticInfo.Create(RuleIds.ServerAssignedPropertyRequired, property.Location, RuleText.Short(property.Name), reason));
            }
        }
    }

    private static bool IsCreate(OperationModel operation)
    {
        foreach (var path in operation.Paths)
        {
            if (string.Equals(path.Method, "POST", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Reason(DocSet docSet, PropertyModel property, TypeDefinition? created)
    {
        var declared = created is null ? null : Find(docSet, created, property.Name);
        if (property.IsKey || declared?.IsKey == true || (created is not null && IsKeyOf(docSet, created, property.Name)))
        {
            return "the key";
        }

        var isId = string.Equals(property.Name, "id", StringComparison.OrdinalIgnoreCase);
        var inherited = property.InheritedFrom ?? declared?.InheritedFrom
            ?? (property.Description.IndexOf("inherited from", StringComparison.OrdinalIgnoreCase) >= 0 ? "a base type" : null);
        if (isId && inherited is not null)
        {
            return "inherited from " + RuleText.Short(inherited) + " and assigned by the server";
        }

        if (property.IsReadOnly || declared?.IsReadOnly == true)
        {
            return "read-only";
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> is the key of the type or of one of its base types.</summary>
    private static bool IsKeyOf(DocSet docSet, TypeDefinition type, string name)
    {
        if (string.Equals(type.KeyProperty, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var baseType in docSet.GetBaseTypes(type))
        {
            if (string.Equals(baseType.KeyProperty, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static PropertyModel? Find(DocSet docSet, TypeDefinition type, string name)
    {
        foreach (var property in docSet.GetAllProperties(type))
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property;
            }
        }

        return null;
    }
}
