using System;
using System.Collections.Generic;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// The C# shape of one resource group's operations, shared by the metadata, server and client emitters so that they
/// always agree: names, routes, parameter names, body and response types, documented status.
/// </summary>
internal sealed class OperationPlan
{
    private OperationPlan(string group, List<OperationItem> items, bool hasBodyMetadata)
    {
        Group = group;
        Items = items;
        HasBodyMetadata = hasBodyMetadata;
    }

    /// <summary>
    /// Whether an operation of the group documents a body only by a table (<see cref="MayHaveBodies(OperationGroupSpec, TypeIndex)"/>):
    /// the group's JSON metadata class is then emitted (and registered by the context), even if every such operation
    /// turns out to be a duplicate route.
    /// </summary>
    public bool HasBodyMetadata { get; }

    /// <summary>The group's C# name, as <see cref="Create"/> names it.</summary>
    public static string GroupName(OperationGroupSpec group) => IdentifierNames.ToPascalCase(group.Name, "Root");

    /// <summary>A cheap check (no routes, no names) shared by the operations emitter and the JSON context's group list.</summary>
    public static bool MayHaveBodies(OperationGroupSpec group, TypeIndex index)
    {
        foreach (var operation in group.Operations)
        {
            if (HasGeneratedBody(operation, index))
            {
                return true;
            }
        }

        return false;
    }

    public string Group { get; }

    public IReadOnlyList<OperationItem> Items { get; }

    public string OperationsClass => Group + "Operations";

    public string OperationsNamespace(string root) => root + "." + NamespaceNames.Operations;

    public static OperationPlan Create(OperationGroupSpec group, TypeIndex index)
    {
        var groupName = GroupName(group);
        var allocator = new NameAllocator("GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals", "Method", "Route", "DocumentedPath", "SourcePage", "SuccessStatusCode", "PathParameters", "RequestType", "ResponseType");
        allocator.Reserve(groupName + "Operations");
        allocator.Reserve(groupName + "Client");
        var seenRoutes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var items = new List<OperationItem>();
        foreach (var operation in group.Operations)
        {
            var route = RoutePlan.Create(operation.Template);
            if (!seenRoutes.Add(operation.Method + " " + route.Template))
            {
                continue;
            }

            var name = allocator.Allocate(IdentifierNames.ToPascalCase(operation.Title, "Operation"));
            var bodyClass = HasGeneratedBody(operation, index) ? allocator.Allocate(name + "RequestBody") : null;
            items.Add(OperationItem.Create(operation, route, name, bodyClass, groupName, index));
        }

        return new OperationPlan(groupName, items, MayHaveBodies(group, index));
    }

    private static bool HasGeneratedBody(OperationSpec operation, TypeIndex index) =>
        operation.RequestBodyProperties.Count > 0
        && OperationItem.AllowsBody(operation.Method)
        && (operation.RequestBodyType is null || index.Names.Resolve(operation.RequestBodyType, operation.SourcePath, operation.Namespace) is null);
}
