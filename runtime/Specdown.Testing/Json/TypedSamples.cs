using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Specdown.Testing;

/// <summary>Sample JSON for a placeholder, chosen by the target .NET type when the placeholder is a generic string.</summary>
internal static class TypedSamples
{
    public static string For(PlaceholderKind kind, JsonTypeInfo? info)
    {
        if (info is null || (kind != PlaceholderKind.String && kind != PlaceholderKind.Identifier))
        {
            return Placeholders.SampleJson(kind);
        }

        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return Placeholders.SampleJson(PlaceholderKind.Timestamp);
        }

        if (type == typeof(DateOnly))
        {
            return Placeholders.SampleJson(PlaceholderKind.Date);
        }

        if (type == typeof(TimeOnly))
        {
            return Placeholders.SampleJson(PlaceholderKind.TimeOfDay);
        }

        if (type == typeof(TimeSpan))
        {
            // Edm.Duration: the docs (and Specdown's DTOs, through their converter) write ISO 8601 durations.
            return Placeholders.SampleJson(PlaceholderKind.Duration);
        }

        if (type == typeof(Guid))
        {
            return Placeholders.SampleJson(PlaceholderKind.Guid);
        }

        if (type == typeof(byte[]))
        {
            return Placeholders.SampleJson(PlaceholderKind.Binary);
        }

        return type.IsEnum ? FirstEnumMember(type, info) ?? Placeholders.SampleJson(kind) : Placeholders.SampleJson(kind);
    }

    /// <summary>
    /// Whether a documented string that reads as a non-string placeholder (<c>"Integer"</c>, <c>"Single"</c>) is the
    /// value of a string property: then it is text (an attribute type name, a font underline style), kept as written;
    /// a number sample would not even deserialize.
    /// </summary>
    public static bool IsTextOfStringProperty(PlaceholderKind kind, JsonTypeInfo? info) =>
        info is not null && info.Type == typeof(string) && kind is not (PlaceholderKind.String or PlaceholderKind.Identifier);

    /// <summary>The first declared member, written by the type's own converter (so naming policies apply).</summary>
    private static string? FirstEnumMember(Type type, JsonTypeInfo info)
    {
        var values = Enum.GetValues(type);
        if (values.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Serialize(values.GetValue(0), info);
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or JsonException)
        {
            return null;
        }
    }
}
