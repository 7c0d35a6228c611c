using System;
using System.Collections.Generic;
using Specdown.Generator.Specs;
using Specdown.Model;

namespace Specdown.Generator.Naming;

internal sealed partial class TypeNameTable
{
    /// <summary>
    /// Resolves a named reference written on <paramref name="fromPath"/> (namespace <paramref name="fromNamespace"/>):
    /// through the link target's page first, then by full name, then by short name (same namespace, then
    /// <c>microsoft.graph</c>, then the first by full name). Null when nothing documents it.
    /// </summary>
    public TypeEntry? Resolve(TypeRefSpec type, string fromPath, string fromNamespace)
    {
        if (type.Kind != TypeRefKind.Named)
        {
            return null;
        }

        var name = type.Name.Trim();
        if (!string.IsNullOrWhiteSpace(type.LinkTarget) && ResolveLink(type.LinkTarget!, name, fromPath) is { } linked)
        {
            return linked;
        }

        return ResolveName(name, fromNamespace);
    }

    /// <summary>Resolves a type name (full or short) as written in a base type or annotation.</summary>
    public TypeEntry? ResolveName(string name, string fromNamespace)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (name.StartsWith("#", StringComparison.Ordinal))
        {
            name = name.Substring(1);
        }

        if (name.IndexOf('.') >= 0 && _byFullName.TryGetValue(name, out var byFull))
        {
            return byFull;
        }

        var shortName = name.Substring(name.LastIndexOf('.') + 1);
        if (!_byShortName.TryGetValue(shortName, out var candidates))
        {
            return null;
        }

        return Prefer(candidates, fromNamespace);
    }

    private TypeEntry? ResolveLink(string target, string name, string fromPath)
    {
        var hash = target.IndexOf('#');
        var filePart = hash >= 0 ? target.Substring(0, hash) : target;
        var anchor = hash >= 0 ? target.Substring(hash + 1) : string.Empty;
        var stem = PageStem(filePart.Length == 0 ? fromPath : filePart);
        if (!_byPage.TryGetValue(stem, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate.Key.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        if (anchor.EndsWith("-values", StringComparison.OrdinalIgnoreCase))
        {
            var enumName = anchor.Substring(0, anchor.Length - "-values".Length);
            foreach (var candidate in candidates)
            {
                if (candidate.IsEnum && string.Equals(candidate.Key.Name, enumName, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }
        }

        return candidates.Count == 1 && hash < 0 ? candidates[0] : null;
    }

    private static TypeEntry Prefer(List<TypeEntry> candidates, string fromNamespace)
    {
        TypeEntry? graph = null;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate.Key.Namespace, fromNamespace, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            if (graph is null && string.Equals(candidate.Key.Namespace, NamespaceNames.GraphNamespace, StringComparison.OrdinalIgnoreCase))
            {
                graph = candidate;
            }
        }

        return graph ?? candidates[0];
    }
}
