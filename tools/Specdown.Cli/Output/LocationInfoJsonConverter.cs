using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Output;

/// <summary>
/// Writes a location compactly as <c>{line, column, endLine, endColumn, start, length}</c>; the file is the page's
/// path (or the <c>sourcePath</c> of a type), so it is not repeated on every element.
/// </summary>
internal sealed class LocationInfoJsonConverter : JsonConverter<LocationInfo>
{
    public override LocationInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The model JSON is an output format.");

    public override void Write(Utf8JsonWriter writer, LocationInfo value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", value.StartLine);
        writer.WriteNumber("column", value.StartColumn);
        writer.WriteNumber("endLine", value.EndLine);
        writer.WriteNumber("endColumn", value.EndColumn);
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("length", value.Length);
        writer.WriteEndObject();
    }
}
