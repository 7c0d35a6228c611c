using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0015: a resource's JSON representation and its property tables disagree: a member of the representation that no
/// table (of the type or its bases) declares, or a property of the type's own Properties table missing from the
/// representation (unless the representation is truncated or lists it as optional). Relationships may be omitted.
/// </summary>
internal static class RepresentationRule
{
    public static void Check(DocSet docSet, PageModel page, List<DiagnosticInfo> output)
    {
        HashSet<int>? mainTables = null;
        foreach (var type in page.Types)
        {
            var representation = type.Representation;
            if (representation is null || !representation.IsObject || type.Properties.IsEmpty)
            {
                // Without any property table there is nothing to compare with.
                continue;
            }

            // Its own properties and its base types' (memoised per doc set, case-insensitive).
            var declared = TypeFacts.For(docSet).Properties(type);

            var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in representation.Members)
            {
                members.Add(member.Name);
                if (member.Name.IndexOf('@') < 0 && !declared.ContainsKey(member.Name) && !type.IsOpenType)
                {
                    output.Add(DiagnosticInfo.Create(RuleIds.RepresentationMismatch, member.NameLocation, RuleText.Short(member.Name),
                        "in the JSON representation of " + type.FullName + " but in none of its property tables"));
                }
            }

            if (IsTruncated(page, type))
            {
                continue;
            }

            mainTables ??= MainTableLines(page);
            foreach (var property in type.Properties)
            {
                if (!property.IsRelationship && !members.Contains(property.Name) && !IsOptional(type, property.Name)
                    && mainTables.Contains(property.Location.StartLine))
                {
                    output.Add(DiagnosticInfo.Create(RuleIds.RepresentationMismatch, property.Location, RuleText.Short(property.Name),
                        "in the property table of " + type.FullName + " but missing from its JSON representation"));
                }
            }
        }
    }

    /// <summary>
    /// The lines of tables under a heading that is just "Properties": tables under sub-headings such as "Properties of a
    /// token issuance policy definition" describe nested structures, not the resource's own shape.
    /// </summary>
    private static HashSet<int> MainTableLines(PageModel page)
    {
        var lines = new HashSet<int>();
        foreach (var table in page.Tables)
        {
            if (string.Equals(table.SectionHeading.Trim(), "Properties", StringComparison.OrdinalIgnoreCase))
            {
                for (var line = table.Location.StartLine; line <= table.Location.EndLine; line++)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    private static bool IsOptional(TypeDefinition type, string name)
    {
        foreach (var optional in type.OptionalProperties)
        {
            if (string.Equals(optional, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTruncated(PageModel page, TypeDefinition type)
    {
        foreach (var block in page.CodeBlocks)
        {
            var annotation = block.Annotation;
            if (annotation is { IsResource: true, Truncated: true }
                && string.Equals(TypeLookup.Clean(annotation.ODataType, out _), type.FullName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
