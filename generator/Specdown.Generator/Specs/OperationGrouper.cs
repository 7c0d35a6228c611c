using System;
using System.Collections.Generic;
using Specdown.Generator.Naming;
using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>Groups operation paths by resource group (first path segment), ordered by page path then path index.</summary>
internal static class OperationGrouper
{
    public static EquatableArray<OperationGroupSpec> Group(List<PageSpec> pagesByPath, string? baseUrl = null)
    {
        var groups = new SortedDictionary<string, List<OperationSpec>>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pagesByPath)
        {
            foreach (var documented in page.Operations)
            {
                var operation = BaseUrlStripper.Strip(documented, baseUrl);
                var group = RoutePlan.Create(operation.Template).Group;
                if (!groups.TryGetValue(group, out var list))
                {
                    list = new List<OperationSpec>();
                    groups[group] = list;
                }

                list.Add(operation);
            }
        }

        var result = new List<OperationGroupSpec>(groups.Count);
        foreach (var pair in groups)
        {
            result.Add(new OperationGroupSpec(pair.Key, pair.Value.ToEquatableArray()));
        }

        return result.ToEquatableArray();
    }
}
