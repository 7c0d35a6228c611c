using System;
using System.Collections.Generic;
using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>Groups operation paths by resource group (first path segment), ordered by page path then path index.</summary>
internal static class OperationGrouper
{
    public static EquatableArray<OperationGroupSpec> Group(IEnumerable<OperationSpec> operations)
    {
        var ordered = new List<OperationSpec>(operations);
        ordered.Sort((a, b) =>
        {
            var byPage = string.CompareOrdinal(a.SourcePath, b.SourcePath);
            return byPage != 0 ? byPage : a.PathIndex.CompareTo(b.PathIndex);
        });
        var groups = new SortedDictionary<string, List<OperationSpec>>(StringComparer.OrdinalIgnoreCase);
        foreach (var operation in ordered)
        {
            if (!groups.TryGetValue(operation.Group, out var list))
            {
                list = new List<OperationSpec>();
                groups[operation.Group] = list;
            }

            list.Add(operation);
        }

        var result = new List<OperationGroupSpec>(groups.Count);
        foreach (var pair in groups)
        {
            result.Add(new OperationGroupSpec(pair.Key, pair.Value.ToEquatableArray()));
        }

        return result.ToEquatableArray();
    }
}
