using System;

namespace Specdown.Model.Parsing;

/// <summary>Decides what a table documents from its header cells and the section it stands in.</summary>
internal static class TableClassifier
{
    public static TableKind Classify(Collections.EquatableArray<TableCell> header, SectionKind section, string headingText, PageKind pageKind)
    {
        if (header.Count == 0)
        {
            return TableKind.Unknown;
        }

        var first = Normalize(header[0].Text);
        var hasType = IndexOf(header, "type") >= 0 || IndexOf(header, "value type") >= 0 || IndexOf(header, "data type") >= 0 ||
            IsParameterSection(section) && IndexOf(header, "value") > 0 && IsNameColumn(first);
        if (first.StartsWith("permission", StringComparison.Ordinal) || section == SectionKind.Permissions && first.Contains("permission"))
        {
            return TableKind.Permissions;
        }

        if (first == "method" || first == "methods" || IndexOf(header, "return type") >= 0)
        {
            return TableKind.Methods;
        }

        if (first == "type" || first == "types" || first == "derived type")
        {
            return TableKind.Other;
        }

        if (hasType && IsNameColumn(first))
        {
            return PropertyKind(first, section);
        }

        if (IsParameterSection(section) && section != SectionKind.RequestBody && IsNameColumn(first))
        {
            // Parameter tables without a Type column (Parameter|Description, Name|Description|Example).
            return PropertyKind(first, section);
        }

        var enumKind = EnumKind(header, first, section, pageKind);
        if (enumKind != TableKind.Unknown)
        {
            return enumKind;
        }

        if (IsHeaderTable(header, first, section))
        {
            return headingText.IndexOf("response", StringComparison.OrdinalIgnoreCase) >= 0 && section != SectionKind.RequestHeaders
                ? TableKind.ResponseHeaders
                : TableKind.RequestHeaders;
        }

        if (pageKind == PageKind.Conceptual || !hasType && !IsSchemaSection(section))
        {
            return TableKind.Other;
        }

        return TableKind.Unknown;
    }

    /// <summary>The index of the header cell whose plain text equals <paramref name="name"/> (case-insensitive), or -1.</summary>
    public static int IndexOf(Collections.EquatableArray<TableCell> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (NormalizedEquals(header[i].Text, name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <see cref="Normalize"/>(<paramref name="text"/>) equals the lower-case <paramref name="name"/>, without allocating.</summary>
    public static bool NormalizedEquals(string text, string name)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ':'))
        {
            end--;
        }

        return end - start == name.Length && string.Compare(text, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>
    /// The header text trimmed, without a trailing colon, in lower case (invariant). ASCII text, the usual case, is
    /// lowered without intermediate strings and shared through the <see cref="StringTable"/>.
    /// </summary>
    public static string Normalize(string text)
    {
        var span = text.AsSpan().Trim().TrimEnd(':').Trim();
        var upper = false;
        foreach (var c in span)
        {
            if (c >= 0x80)
            {
                return text.Trim().TrimEnd(':').Trim().ToLowerInvariant();
            }

            upper |= c >= 'A' && c <= 'Z';
        }

        if (!upper)
        {
            return span.Length == text.Length ? text : StringTable.Get(span);
        }

        var lowered = span.Length <= StringTable.MaxLength ? stackalloc char[span.Length] : new char[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            lowered[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        return StringTable.Get(lowered);
    }

    private static bool IsNameColumn(string first) =>
        first == "property" || first == "properties" || first == "property name" || first == "name" || first == "parameter" ||
        first == "parameters" || first == "parameter name" || first == "relationship" || first == "relationships" ||
        first == "field" || first == "member" || first == "key" || first == "attribute" || first == "element" ||
        first == "relationship name" || first == "query parameter" || first == "query parameters" || first == "required parameter" ||
        first == "optional parameter" || first == "path parameter" || first == "parameter name";

    private static TableKind PropertyKind(string first, SectionKind section)
    {
        switch (section)
        {
            case SectionKind.Relationships:
                return TableKind.Relationships;
            case SectionKind.RequestBody:
                return TableKind.RequestBody;
            case SectionKind.PathParameters:
                return TableKind.PathParameters;
            case SectionKind.QueryParameters:
                return TableKind.QueryParameters;
            case SectionKind.FunctionParameters:
                return TableKind.FunctionParameters;
            case SectionKind.RequestHeaders:
                return TableKind.RequestHeaders;
        }

        if (first.StartsWith("relationship", StringComparison.Ordinal))
        {
            return TableKind.Relationships;
        }

        return first.StartsWith("parameter", StringComparison.Ordinal) && section != SectionKind.Properties
            ? TableKind.FunctionParameters
            : TableKind.Properties;
    }

    private static TableKind EnumKind(Collections.EquatableArray<TableCell> header, string first, SectionKind section, PageKind pageKind)
    {
        var enumContext = section == SectionKind.EnumValues || section == SectionKind.Members || pageKind == PageKind.Enum;
        if (first == "member" || first == "members" || first == "enum member")
        {
            return TableKind.EnumValues;
        }

        if (first == "value" && (header.Count == 1 || IndexOf(header, "description") >= 0))
        {
            return enumContext || header.Count == 2 ? TableKind.EnumValues : TableKind.Unknown;
        }

        if (enumContext && (first == "name" || first == "value") && IndexOf(header, "type") < 0)
        {
            return TableKind.EnumValues;
        }

        return TableKind.Unknown;
    }

    private static bool IsHeaderTable(Collections.EquatableArray<TableCell> header, string first, SectionKind section)
    {
        if (first == "header" || first == "headers" || first == "header name" || first == "request header")
        {
            return true;
        }

        return section == SectionKind.RequestHeaders && (first == "name" || first == "key") && header.Count <= 3;
    }

    /// <summary>Sections whose Name|Value|Description tables give the value's type in the Value column.</summary>
    public static bool IsParameterSection(SectionKind section) =>
        section is SectionKind.RequestBody or SectionKind.PathParameters or SectionKind.QueryParameters or SectionKind.FunctionParameters;

    private static bool IsSchemaSection(SectionKind section) =>
        section is SectionKind.Properties or SectionKind.Relationships or SectionKind.RequestBody or SectionKind.PathParameters
            or SectionKind.QueryParameters or SectionKind.FunctionParameters or SectionKind.RequestHeaders or SectionKind.EnumValues
            or SectionKind.Members or SectionKind.Methods;
}
