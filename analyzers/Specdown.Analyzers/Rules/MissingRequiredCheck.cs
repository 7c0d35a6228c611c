using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0020: an object of a complete (not <c>truncated</c>) response example that omits a property its type's table
/// marks Required. The generated DTOs make such properties <c>required</c> (<c>[JsonRequired]</c>), so reading the
/// example fails; the example must show the property or say it is truncated.
/// </summary>
internal static class MissingRequiredCheck
{
    public static void Check(JsonNode node, TypeDefinition type, Dictionary<string, PropertyModel> properties, List<DiagnosticInfo> output)
    {
        foreach (var property in properties.Values)
        {
            if (property.IsRequired && !Has(node, property.Name))
            {
                output.Add(DiagnosticInfo.Create(RuleIds.ResponseRequiredPropertyMissing, node.Location, type.FullName, RuleText.Short(property.Name)));
            }
        }
    }

    private static bool Has(JsonNode node, string name)
    {
        foreach (var member in node.Members)
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
