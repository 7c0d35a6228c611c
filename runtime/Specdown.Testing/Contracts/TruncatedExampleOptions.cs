using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Specdown.Testing;

/// <summary>
/// Serializer options for round trips of truncated examples: the docs say properties were left out of the shown JSON,
/// so properties the DTO marks required (<c>[JsonRequired]</c>, C# <c>required</c>) may be absent. One copy per options
/// instance, cached.
/// </summary>
internal static class TruncatedExampleOptions
{
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Cache = new();

    public static JsonSerializerOptions For(JsonSerializerOptions options) =>
        Cache.GetValue(options, static original =>
        {
            var resolver = original.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver();
            var copy = new JsonSerializerOptions(original) { TypeInfoResolver = resolver.WithAddedModifier(NothingRequired) };
            copy.MakeReadOnly();
            return copy;
        });

    private static void NothingRequired(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsRequired)
            {
                continue;
            }

            property.IsRequired = false;
            if (property.PropertyType == typeof(JsonElement) && property.ShouldSerialize is null)
            {
                // A required JsonElement left out of the example stays default (Undefined), which cannot be written.
                property.ShouldSerialize = static (_, value) => value is JsonElement element && element.ValueKind != JsonValueKind.Undefined;
            }
        }
    }
}
