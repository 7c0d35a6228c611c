using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Specdown.Testing;

/// <summary>
/// Like <see cref="SampleValueWriter"/>, but guided by the target type's serialization metadata: a generic string
/// placeholder (<c>"String"</c>) becomes a valid value of the property's .NET type (a timestamp for a
/// <see cref="DateTimeOffset"/>, a GUID for a <see cref="Guid"/>, the first member for an enum, ...), so that a DTO
/// round trip tests the DTO's shape rather than the docs' loose placeholder spelling.
/// </summary>
internal sealed class TypedSampleWriter
{
    private const int MaxDepth = 256;

    private readonly Dictionary<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> _properties = new();

    public static string Write(JsonElement documented, JsonTypeInfo? typeInfo)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { MaxDepth = 1024 }))
        {
            new TypedSampleWriter().WriteValue(writer, documented, typeInfo, 0);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private void WriteValue(Utf8JsonWriter writer, JsonElement element, JsonTypeInfo? info, int depth)
    {
        info = depth > MaxDepth ? null : info;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, element, info, depth);
                break;
            case JsonValueKind.Array:
                var itemType = info is { Kind: JsonTypeInfoKind.Enumerable } ? ElementTypeOf(info.Type) : null;
                var itemInfo = itemType is null ? null : Resolve(info!.Options, itemType);
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteValue(writer, item, itemInfo, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                var kind = Placeholders.Classify(element.GetString()!);
                if (kind == PlaceholderKind.None || TypedSamples.IsTextOfStringProperty(kind, info))
                {
                    element.WriteTo(writer);
                }
                else
                {
                    writer.WriteRawValue(TypedSamples.For(kind, info), skipInputValidation: true);
                }

                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private void WriteObject(Utf8JsonWriter writer, JsonElement element, JsonTypeInfo? info, int depth)
    {
        writer.WriteStartObject();
        if (ConformanceMatcher.IsPlaceholderObject(element))
        {
            // {"@odata.type": "x"}: any object of x. A derived x under a polymorphic property keeps its discriminator,
            // or the DTO would read the (possibly abstract) declared type.
            if (info is not null)
            {
                DerivedInfo(element, info, out var placeholderDiscriminator);
                if (placeholderDiscriminator is not null)
                {
                    writer.WriteString("@odata.type", placeholderDiscriminator);
                }
            }
        }
        else
        {
            string? discriminator = null;
            info = info is null ? null : DerivedInfo(element, info, out discriminator);
            var properties = info is { Kind: JsonTypeInfoKind.Object } ? PropertiesOf(info) : null;
            foreach (var property in element.EnumerateObject())
            {
                writer.WritePropertyName(property.Name);
                if (property.NameEquals("@odata.type"))
                {
                    // "microsoft.graph.x" and "#microsoft.graph.x" name the same type (the matcher agrees): write the
                    // spelling the DTO's discriminator reads, so the derived type chosen here is the one deserialized.
                    if (discriminator is not null)
                    {
                        writer.WriteStringValue(discriminator);
                    }
                    else
                    {
                        property.Value.WriteTo(writer);
                    }

                    continue;
                }

                var propertyInfo = properties is not null && properties.TryGetValue(property.Name, out var found) ? found : null;
                WriteValue(writer, property.Value, propertyInfo is null ? null : Resolve(info!.Options, propertyInfo.PropertyType), depth + 1);
            }
        }

        writer.WriteEndObject();
    }

    private Dictionary<string, JsonPropertyInfo> PropertiesOf(JsonTypeInfo info)
    {
        if (!_properties.TryGetValue(info, out var map))
        {
            var comparer = info.Options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            map = new Dictionary<string, JsonPropertyInfo>(comparer);
            foreach (var property in info.Properties)
            {
                map[property.Name] = property;
            }

            _properties[info] = map;
        }

        return map;
    }

    /// <summary>
    /// The derived type named by the object's <c>@odata.type</c> (with or without <c>#</c>), when the type is polymorphic
    /// on it; <paramref name="discriminatorValue"/> is the DTO's own spelling of that discriminator.
    /// </summary>
    private static JsonTypeInfo DerivedInfo(JsonElement element, JsonTypeInfo info, out string? discriminatorValue)
    {
        discriminatorValue = null;
        if (info.PolymorphismOptions is not { } polymorphism
            || !element.TryGetProperty(polymorphism.TypeDiscriminatorPropertyName, out var discriminator)
            || discriminator.ValueKind != JsonValueKind.String)
        {
            return info;
        }

        var name = discriminator.GetString()!.TrimStart('#');
        foreach (var derived in polymorphism.DerivedTypes)
        {
            if (derived.TypeDiscriminator is string value && string.Equals(value.TrimStart('#'), name, StringComparison.Ordinal))
            {
                discriminatorValue = value;
                return Resolve(info.Options, derived.DerivedType) ?? info;
            }
        }

        return info;
    }

    /// <summary>The item type of an array or <c>IEnumerable&lt;T&gt;</c> (JsonTypeInfo.ElementType is .NET 9+).</summary>
    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }

    internal static JsonTypeInfo? Resolve(JsonSerializerOptions options, Type type)
    {
        try
        {
            return options.GetTypeInfo(type);
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
