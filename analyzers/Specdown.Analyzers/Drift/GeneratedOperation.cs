using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Specdown.Analyzers.Drift;

/// <summary>
/// The generated metadata of one documented operation, found by the convention the Specdown generator emits: an
/// interface <c>I{Group}Endpoints</c> marked <c>[GeneratedCode("Specdown", …)]</c> with a method <c>{Name}Async</c>, and
/// a class <c>{Group}Operations.{Name}</c> with the constants <c>Method</c>, <c>DocumentedPath</c>, <c>SourcePage</c>
/// and <c>SuccessStatusCode</c>.
/// </summary>
internal sealed record GeneratedOperation(string Method, string DocumentedPath, string? SourcePage, int SuccessStatusCode)
{
    /// <summary>The operation <paramref name="method"/> implements, or null when it implements no generated stub.</summary>
    public static GeneratedOperation? Find(IMethodSymbol method, Compilation compilation)
    {
        var type = method.ContainingType;
        if (type is null || method.MethodKind != MethodKind.Ordinary && method.MethodKind != MethodKind.ExplicitInterfaceImplementation)
        {
            return null;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (!IsSpecdownGenerated(candidate))
            {
                continue;
            }

            foreach (var member in candidate.GetMembers().OfType<IMethodSymbol>())
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return FromMetadata(compilation, candidate.Name, StripAsync(member.Name));
                }
            }
        }

        return null;
    }

    /// <summary>Whether the symbol carries <c>[GeneratedCode("Specdown", …)]</c>.</summary>
    public static bool IsSpecdownGenerated(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "GeneratedCodeAttribute"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string tool
                && string.Equals(tool, "Specdown", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static GeneratedOperation? FromMetadata(Compilation compilation, string interfaceName, string name)
    {
        var group = interfaceName.StartsWith("I", StringComparison.Ordinal) && interfaceName.EndsWith("Endpoints", StringComparison.Ordinal)
            ? interfaceName.Substring(1, interfaceName.Length - 10)
            : null;
        GeneratedOperation? fallback = null;
        foreach (var symbol in compilation.GetSymbolsWithName(n => n == name, SymbolFilter.Type))
        {
            if (symbol is not INamedTypeSymbol metadata || metadata.ContainingType is not { } container || !IsSpecdownGenerated(container))
            {
                continue;
            }

            var operation = Read(metadata);
            if (operation is null)
            {
                continue;
            }

            if (group is not null && container.Name == group + "Operations")
            {
                return operation;
            }

            fallback ??= operation;
        }

        return fallback;
    }

    private static GeneratedOperation? Read(INamedTypeSymbol metadata)
    {
        var method = Constant<string>(metadata, "Method");
        var path = Constant<string>(metadata, "DocumentedPath") ?? Constant<string>(metadata, "Route");
        var status = Constant<int?>(metadata, "SuccessStatusCode");
        return method is null || path is null || status is null
            ? null
            : new GeneratedOperation(method, path, Constant<string>(metadata, "SourcePage"), status.Value);
    }

    private static T? Constant<T>(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && field.ConstantValue is T value)
            {
                return value;
            }
        }

        return default;
    }

    private static string StripAsync(string name) =>
        name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5 ? name.Substring(0, name.Length - 5) : name;
}
