using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Specdown.Analyzers.Drift;

/// <summary>
/// Reads hand-written routes: minimal-API <c>Map{Get,Post,Put,Patch,Delete,Methods}</c> calls with a constant pattern
/// (prefixed by constant <c>MapGroup</c> calls they are chained on), and MVC <c>[Http*]</c>/<c>[Route]</c> attributes
/// (prefixed by the controller's <c>[Route]</c>, <c>[controller]</c>/<c>[action]</c> tokens replaced).
/// </summary>
internal static class RouteReader
{
    /// <summary>The HTTP method (null: any) and route of a Map call, or null when it is not one with a constant pattern.</summary>
    public static (string? Method, string Route, Location Location)? FromMapCall(IInvocationOperation invocation)
    {
        var target = invocation.TargetMethod;
        if (target.ContainingType?.Name != "EndpointRouteBuilderExtensions")
        {
            return null;
        }

        string? method = target.Name switch
        {
            "MapGet" => "GET",
            "MapPost" => "POST",
            "MapPut" => "PUT",
            "MapPatch" => "PATCH",
            "MapDelete" => "DELETE",
            "MapMethods" => null,
            _ => "?",
        };
        if (method == "?")
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "pattern" && argument.Value.ConstantValue is { HasValue: true, Value: string pattern })
            {
                var prefix = GroupPrefix(invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null, 0);
                return (method, Combine(prefix, pattern), argument.Value.Syntax.GetLocation());
            }
        }

        return null;
    }

    /// <summary>The HTTP method (null: any) and route of a routing attribute on a method, or null.</summary>
    public static (string? Method, string Route)? FromAttribute(AttributeData attribute, IMethodSymbol method)
    {
        var name = attribute.AttributeClass?.Name;
        var verb = name switch
        {
            "HttpGetAttribute" => "GET",
            "HttpPostAttribute" => "POST",
            "HttpPutAttribute" => "PUT",
            "HttpPatchAttribute" => "PATCH",
            "HttpDeleteAttribute" => "DELETE",
            "RouteAttribute" => null,
            _ => "?",
        };
        if (verb == "?" || attribute.AttributeClass?.ContainingNamespace?.ToDisplayString() != "Microsoft.AspNetCore.Mvc")
        {
            return null;
        }

        var template = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        var prefix = ControllerPrefix(method.ContainingType);
        if (template is null && prefix is null)
        {
            return null;
        }

        var route = template is not null && (template.StartsWith("/", StringComparison.Ordinal) || template.StartsWith("~/", StringComparison.Ordinal))
            ? template
            : Combine(prefix ?? string.Empty, template ?? string.Empty);
        return (verb, ReplaceTokens(route, method));
    }

    private static string GroupPrefix(IOperation? receiver, int depth)
    {
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        if (depth > 16 || receiver is not IInvocationOperation { TargetMethod.Name: "MapGroup" } group)
        {
            return string.Empty;
        }

        foreach (var argument in group.Arguments)
        {
            if (argument.Parameter?.Name == "prefix" && argument.Value.ConstantValue is { HasValue: true, Value: string prefix })
            {
                return Combine(GroupPrefix(group.Arguments[0].Value, depth + 1), prefix);
            }
        }

        return string.Empty;
    }

    private static string? ControllerPrefix(INamedTypeSymbol? type)
    {
        foreach (var attribute in type?.GetAttributes() ?? default)
        {
            if (attribute.AttributeClass?.Name == "RouteAttribute" && attribute.ConstructorArguments.Length > 0)
            {
                return attribute.ConstructorArguments[0].Value as string;
            }
        }

        return null;
    }

    private static string ReplaceTokens(string route, IMethodSymbol method)
    {
        var controller = method.ContainingType?.Name ?? string.Empty;
        if (controller.EndsWith("Controller", StringComparison.Ordinal))
        {
            controller = controller.Substring(0, controller.Length - 10);
        }

        return route.Replace("[controller]", controller).Replace("[action]", method.Name);
    }

    private static string Combine(string prefix, string route) =>
        prefix.Length == 0 ? route : prefix.TrimEnd('/') + "/" + route.TrimStart('~').TrimStart('/');
}
