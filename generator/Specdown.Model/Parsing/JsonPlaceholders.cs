using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// Recognises the docs' type placeholders in example JSON: <c>"String"</c>, <c>"String (timestamp)"</c>,
/// <c>"String (identifier)"</c>, <c>"Boolean"</c>, <c>"Int32"</c>, <c>{"@odata.type": "microsoft.graph.x"}</c>.
/// </summary>
/// <remarks>
/// A string placeholder is a primitive name in any case, with or without <c>Edm.</c>, optionally followed by a
/// qualifier in parentheses (<c>String (timestamp)</c> → DateTimeOffset, <c>String (duration)</c> → Duration,
/// <c>String (identifier)</c> → String), or a collection spelling (<c>String collection</c>, <c>Collection(Int32)</c>)
/// which yields <c>Collection(X)</c>. Ordinary text such as <c>English (United States)</c> is not a placeholder.
/// </remarks>
public static class JsonPlaceholders
{
    /// <summary>
    /// Whether <paramref name="value"/> is a type placeholder; <paramref name="placeholderType"/> is the canonical primitive
    /// it stands for (e.g. DateTimeOffset for "String (timestamp)"), <c>Collection(X)</c> for a collection spelling, or the
    /// type name (without <c>#</c>) for a placeholder object.
    /// </summary>
    public static bool IsPlaceholder(JsonNode value, out string placeholderType)
    {
        placeholderType = string.Empty;
        if (value is null)
        {
            return false;
        }

        if (value.Kind == JsonKind.String)
        {
            var type = FromText(value.Text);
            placeholderType = type ?? string.Empty;
            return type is not null;
        }

        if (value.Kind == JsonKind.Object && value.Members.Count == 1 && value.Members[0].Name == "@odata.type"
            && value.Members[0].Value.Kind == JsonKind.String)
        {
            var name = value.Members[0].Value.Text.Trim().TrimStart('#');
            if (name.Length == 0)
            {
                return false;
            }

            placeholderType = PrimitiveTypes.Normalize(name) ?? name;
            return true;
        }

        return false;
    }

    /// <summary>The type a placeholder text stands for, or null when the text is not a placeholder.</summary>
    internal static string? FromText(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 64)
        {
            return null;
        }

        var primitive = PrimitiveTypes.Normalize(trimmed);
        if (primitive is not null)
        {
            return primitive;
        }

        var collection = CollectionElement(trimmed);
        if (collection is not null)
        {
            var element = PrimitiveTypes.Normalize(collection);
            return element is null ? null : "Collection(" + element + ")";
        }

        var open = trimmed.IndexOf('(');
        if (open <= 0 || trimmed[trimmed.Length - 1] != ')')
        {
            return null;
        }

        var head = PrimitiveTypes.Normalize(trimmed.Substring(0, open));
        if (head is null)
        {
            return null;
        }

        var qualifier = trimmed.Substring(open + 1, trimmed.Length - open - 2);
        return head == PrimitiveTypes.String ? Qualified(qualifier) : head;
    }

    /// <summary>The primitive a <c>String (qualifier)</c> placeholder stands for.</summary>
    private static string Qualified(string qualifier)
    {
        var compact = qualifier.Replace(" ", string.Empty).Replace("-", string.Empty);
        if (compact.Equals("timespan", StringComparison.OrdinalIgnoreCase))
        {
            return PrimitiveTypes.Duration;
        }

        var primitive = PrimitiveTypes.Normalize(compact);
        return primitive ?? PrimitiveTypes.String;
    }

    private static string? CollectionElement(string text)
    {
        const string suffix = " collection";
        if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return text.Substring(0, text.Length - suffix.Length);
        }

        const string prefix = "Collection(";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text[text.Length - 1] == ')')
        {
            return text.Substring(prefix.Length, text.Length - prefix.Length - 1);
        }

        return null;
    }
}
