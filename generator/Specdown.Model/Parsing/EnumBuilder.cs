using System;
using System.Collections.Generic;
using System.Globalization;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Builds <see cref="EnumDefinition"/>s from enum-value tables: on enum pages (name from the title, "chatType enum
/// type") and in <c>### x values</c> sections of any page (name from the heading).
/// </summary>
internal static class EnumBuilder
{
    public static List<EnumDefinition> Build(PageContext context, PageKind kind)
    {
        var result = new List<EnumDefinition>();
        var ns = context.Namespace ?? ResourceBuilder.DefaultNamespace;
        foreach (var item in context.Tables)
        {
            if (item.Table.Kind != TableKind.EnumValues)
            {
                continue;
            }

            var fromHeading = NameFromValuesHeading(item.Table.SectionHeading);
            var name = fromHeading ?? (kind == PageKind.Enum ? ResourceBuilder.NameFromTitle(context.Title) : null);
            if (name == null)
            {
                continue;
            }

            var members = ReadMembers(item.Table);
            var index = result.FindIndex(e => string.Equals(e.Name, name, StringComparison.Ordinal));
            if (index >= 0)
            {
                var existing = result[index];
                var merged = new List<EnumMember>(existing.Members);
                merged.AddRange(members);
                result[index] = existing with { Members = merged };
                continue;
            }

            var isFlags = SaysFlags(context, fromHeading != null ? item.Table.SectionHeading : null);
            var description = fromHeading == null ? ResourceProse.Description(context) : string.Empty;
            result.Add(new EnumDefinition(name, ns, ns + "." + name, isFlags, members, description, context.Path, item.Table.Location));
        }

        return result;
    }

    /// <summary>"chatType values" → chatType; null for other headings.</summary>
    public static string? NameFromValuesHeading(string heading)
    {
        var text = heading.Trim();
        if (!text.EndsWith(" values", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = text.Substring(0, text.Length - 7).Trim().Trim('`', '*');
        return name.Length == 0 || name.IndexOf(' ') >= 0 || name.Equals("possible", StringComparison.OrdinalIgnoreCase) ? null : name;
    }

    private static List<EnumMember> ReadMembers(DocTable table)
    {
        var header = table.Header;
        var memberColumn = First(header, "member", "members", "enum member", "name");
        var valueColumn = First(header, "value", "values", "numeric value", "int value");
        var nameColumn = memberColumn >= 0 ? memberColumn : valueColumn >= 0 ? valueColumn : 0;
        var descriptionColumn = First(header, "description", "descriptions", "remarks");
        var members = new List<EnumMember>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var name = row.Text(nameColumn).Trim();
            if (row.IsGroupRow || name.Length == 0)
            {
                continue;
            }

            long? value = null;
            if (valueColumn >= 0 && valueColumn != nameColumn)
            {
                value = ParseValue(row.Text(valueColumn));
            }

            var description = descriptionColumn >= 0 ? row.Text(descriptionColumn) : string.Empty;
            members.Add(new EnumMember(name, value, description, row.Cells[nameColumn].Location));
        }

        return members;
    }

    private static long? ParseValue(string text)
    {
        var value = text.Trim();
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) &&
            long.TryParse(value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return hex;
        }

        return null;
    }

    private static int First(Collections.EquatableArray<TableCell> header, params string[] names)
    {
        foreach (var name in names)
        {
            var index = TableClassifier.IndexOf(header, name);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Whether the prose of the page (or of the section, when given) calls the enum flags or bitwise.</summary>
    private static bool SaysFlags(PageContext context, string? sectionHeading)
    {
        foreach (var item in context.Prose)
        {
            if (sectionHeading != null && item.HeadingText != sectionHeading)
            {
                continue;
            }

            var text = item.Block.Text;
            if (text.IndexOf("bitwise", StringComparison.OrdinalIgnoreCase) >= 0 || ContainsWord(text, "flags") || ContainsWord(text, "flag enum"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(string text, string word)
    {
        var index = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return index >= 0 && (index == 0 || !char.IsLetter(text[index - 1])) &&
            (index + word.Length == text.Length || !char.IsLetter(text[index + word.Length]));
    }
}
