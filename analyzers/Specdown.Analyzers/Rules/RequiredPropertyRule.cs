using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0005: a request example whose JSON body omits a property that the request-body table lists as required. One
/// diagnostic per missing property, on the example's request line. Truncated examples are not checked.
/// </summary>
internal static class RequiredPropertyRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        var properties = page.Operation?.RequestBodyProperties ?? default;
        if (properties.IsEmpty)
        {
            return;
        }

        foreach (var example in page.Examples)
        {
            var root = example.Json?.Root;
            // PATCH bodies are partial by design: "required" speaks of creating the resource.
            if (!example.IsRequest || example.IsTruncated || root is null || !root.IsObject
                || string.Equals(example.Method, "PATCH", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var property in properties)
            {
                if (property.IsRequired && !property.IsRelationship && !Has(root, property.Name))
                {
                    output.Add(DiagnosticInfo.Create(
                        RuleIds.RequiredPropertyMissing,
                        example.FirstLineLocation,
                        RuleText.Short(example.Name ?? example.Annotation?.Name ?? "(unnamed)"),
                        RuleText.Short(property.Name)));
                }
            }
        }
    }

    private static bool Has(JsonNode root, string name)
    {
        foreach (var member in root.Members)
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
