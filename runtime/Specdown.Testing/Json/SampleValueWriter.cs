using System.IO;
using System.Text;
using System.Text.Json;

namespace Specdown.Testing;

/// <summary>
/// Rewrites documented JSON with every type placeholder replaced by a sample value of its type
/// (<c>"String (timestamp)"</c> → <c>"2021-01-01T00:00:00Z"</c>, <c>"Boolean"</c> → <c>true</c>, placeholder
/// objects → <c>{}</c>), so that it can be sent to a service or deserialized into a DTO.
/// </summary>
public static class SampleValueWriter
{
    /// <summary>Returns compact JSON with sample values; the element is not modified.</summary>
    public static string Write(JsonElement documented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { MaxDepth = 1024 }))
        {
            WriteValue(writer, documented);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, element);
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                var kind = Placeholders.Classify(element.GetString()!);
                if (kind == PlaceholderKind.None)
                {
                    element.WriteTo(writer);
                }
                else
                {
                    writer.WriteRawValue(Placeholders.SampleJson(kind), skipInputValidation: true);
                }

                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement element)
    {
        writer.WriteStartObject();
        if (!ConformanceMatcher.IsPlaceholderObject(element))
        {
            foreach (var property in element.EnumerateObject())
            {
                writer.WritePropertyName(property.Name);
                if (property.NameEquals("@odata.type"))
                {
                    property.Value.WriteTo(writer);
                }
                else
                {
                    WriteValue(writer, property.Value);
                }
            }
        }

        writer.WriteEndObject();
    }
}
