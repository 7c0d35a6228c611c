using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Specdown.Cli.Analysis;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Output;

/// <summary>Writes a diagnostic as <c>{id, severity, message, path, line, column, endLine, endColumn}</c> (default severity).</summary>
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
        writer.WriteString("path", value.Location.FilePath);
        writer.WriteNumber("line", value.Location.StartLine);
        writer.WriteNumber("column", value.Location.StartColumn);
        writer.WriteNumber("endLine", value.Location.EndLine);
        writer.WriteNumber("endColumn", value.Location.EndColumn);
        writer.WriteEndObject();
    }
}
