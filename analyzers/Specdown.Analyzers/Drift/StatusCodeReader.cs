using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Specdown.Analyzers.Drift;

/// <summary>
/// The HTTP status an operation produces, when it is obvious: <c>Results.X()</c>/<c>TypedResults.X()</c> helpers
/// (<c>Ok</c> 200, <c>Created</c> 201, <c>NoContent</c> 204, …), <c>StatusCode(n)</c> with a constant, and
/// assignments <c>StatusCode = n</c>.
/// </summary>
internal static class StatusCodeReader
{
    private static readonly Dictionary<string, int> Helpers = new(System.StringComparer.Ordinal)
    {
        ["Ok"] = 200, ["Json"] = 200, ["Text"] = 200, ["Content"] = 200, ["Bytes"] = 200, ["File"] = 200, ["Stream"] = 200,
        ["Created"] = 201, ["CreatedAtRoute"] = 201, ["Accepted"] = 202, ["AcceptedAtRoute"] = 202, ["NoContent"] = 204,
        ["Redirect"] = 302, ["LocalRedirect"] = 302,
        ["BadRequest"] = 400, ["Unauthorized"] = 401, ["Forbid"] = 403, ["NotFound"] = 404, ["Conflict"] = 409,
        ["UnprocessableEntity"] = 422, ["InternalServerError"] = 500,
    };

    /// <summary>The status <paramref name="operation"/> produces, or null when it is not one of the obvious forms.</summary>
    public static int? Read(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when IsResultsFactory(invocation.TargetMethod.ContainingType):
                var name = invocation.TargetMethod.Name;
                if (name == "StatusCode")
                {
                    return invocation.Arguments.Length > 0 ? Constant(invocation.Arguments[0].Value) : null;
                }

                return Helpers.TryGetValue(name, out var status) ? status : null;
            case ISimpleAssignmentOperation assignment when assignment.Target is IPropertyReferenceOperation { Property.Name: "StatusCode" }:
                return Constant(assignment.Value);
            default:
                return null;
        }
    }

    private static bool IsResultsFactory(INamedTypeSymbol? type) =>
        type is not null
        && (type.Name == "Results" || type.Name == "TypedResults")
        && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Http";

    private static int? Constant(IOperation value)
    {
        var constant = value.ConstantValue;
        if (!constant.HasValue)
        {
            return value is IConversionOperation conversion ? Constant(conversion.Operand) : null;
        }

        return constant.Value is int number ? number : null;
    }
}
