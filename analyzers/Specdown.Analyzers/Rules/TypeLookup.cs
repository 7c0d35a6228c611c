using System;
using Specdown.Model;

namespace Specdown.Analyzers.Rules;

/// <summary>Finds types of the doc set by the names pages use (<c>#microsoft.graph.x</c>, <c>Collection(x)</c>, <c>x</c>).</summary>
internal static class TypeLookup
{
    /// <summary>The type named by <paramref name="name"/>, or null when the doc set does not document it.</summary>
    public static TypeDefinition? Find(DocSet docSet, string? name)
    {
        var clean = Clean(name, out _);
        return clean.Length == 0 ? null : docSet.FindType(clean);
    }

    /// <summary>The name without <c>#</c> and <c>Collection(…)</c>; <paramref name="isCollection"/> says whether it was a collection.</summary>
    public static string Clean(string? name, out bool isCollection)
    {
        isCollection = false;
        var text = (name ?? string.Empty).Trim();
        if (text.StartsWith("#", StringComparison.Ordinal))
        {
            text = text.Substring(1);
        }

        if (text.StartsWith("Collection(", StringComparison.OrdinalIgnoreCase) && text.EndsWith(")", StringComparison.Ordinal))
        {
            isCollection = true;
            text = text.Substring(11, text.Length - 12).Trim();
        }

        return text;
    }

    /// <summary>Whether <paramref name="actual"/> is <paramref name="expected"/> or derives from it.</summary>
    public static bool IsSameOrDerived(DocSet docSet, TypeDefinition actual, TypeDefinition expected)
    {
        if (SameType(actual, expected))
        {
            return true;
        }

        foreach (var baseType in docSet.GetBaseTypes(actual))
        {
            if (SameType(baseType, expected))
            {
                return true;
            }
        }

        return false;
    }

    public static bool SameType(TypeDefinition a, TypeDefinition b) =>
        string.Equals(a.FullName, b.FullName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The type a type reference written on <paramref name="pagePath"/> resolves to, when it is a documented type.</summary>
    public static TypeDefinition? Resolve(DocSet docSet, TypeRef? type, string pagePath, out bool isCollection)
    {
        isCollection = type?.IsCollection == true;
        if (type is null || !type.IsNamed)
        {
            return null;
        }

        var resolved = docSet.Resolve(type, pagePath);
        isCollection |= resolved.IsCollection;
        return resolved.Kind == ResolvedTypeKind.Type ? docSet.FindType(resolved.Name) : null;
    }
}
