using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Specdown.Cli.Analysis;

namespace Specdown.Cli.Output;

/// <summary>
/// Writes findings as a JSON array of
/// <c>{id, severity, message, path, startLine, startColumn, endLine, endColumn}</c>.
/// </summary>
public static class JsonDiagnosticWriter
{
    private const int FlushThreshold = 16 * 1024;

    public static void Write(Stream stream, IReadOnlyList<Finding> findings)
    {
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var finding in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("id", finding.Id);
                writer.WriteString("severity", SeverityNames.ToWord(finding.Severity));
                writer.WriteString("message", finding.Message);
                writer.WriteString("path", finding.Path);
                writer.WriteNumber("startLine", finding.Location.StartLine);
                writer.WriteNumber("startColumn", finding.Location.StartColumn);
                writer.WriteNumber("endLine", finding.Location.EndLine);
                writer.WriteNumber("endColumn", finding.Location.EndColumn);
                writer.WriteEndObject();
                if (writer.BytesPending > FlushThreshold)
                {
                    // Hand the bytes to the stream as they come instead of growing one buffer to the whole output.
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
    }
}
