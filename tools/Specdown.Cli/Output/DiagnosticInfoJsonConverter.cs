using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Specdown.Cli.Analysis;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Output;

/// <summary>
/// Writes a diagnostic as its record members <c>{id, location, arguments}</c> plus the formatted <c>message</c> and the
/// catalogue's default <c>severity</c>, so a reader of the model JSON needs no catalogue.
/// </summary>
internal sealed class DiagnosticInfoJsonConverter : JsonConverter<DiagnosticInfo>
{
    public override DiagnosticInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The model JSON is an output format.");

    public override void Write(Utf8JsonWriter writer, DiagnosticInfo value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("severity", SeverityNames.ToWord(SeverityNames.FromDefault(value.Rule.DefaultSeverity)));
        writer.WriteString("message", value.Message);
        writer.WritePropertyName("location");
        JsonSerializer.Serialize(writer, value.Location, options.GetTypeInfo(typeof(LocationInfo)));
        writer.WriteStartArray("arguments");
        foreach (var argument in value.Arguments)
        {
            writer.WriteStringValue(argument);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
