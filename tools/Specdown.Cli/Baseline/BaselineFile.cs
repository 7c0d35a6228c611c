using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Specdown.Cli.Output;

namespace Specdown.Cli.Baseline;

/// <summary>
/// Reads and writes a baseline: <c>{"version": 1, "findings": [{"id", "path", "message", "fingerprint"}]}</c>,
/// sorted, so a re-recorded baseline diffs cleanly.
/// </summary>
public static class BaselineFile
{
    public static void Write(string fullPath, IReadOnlyList<BaselineEntry> entries)
    {
        var sorted = new List<BaselineEntry>(entries);
        sorted.Sort((a, b) =>
        {
            var result = string.CompareOrdinal(a.Path, b.Path);
            if (result == 0) result = string.CompareOrdinal(a.Id, b.Id);
            if (result == 0) result = string.CompareOrdinal(a.Message, b.Message);
            return result == 0 ? string.CompareOrdinal(a.Fingerprint, b.Fingerprint) : result;
        });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("findings");
            foreach (var entry in sorted)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.Id);
                writer.WriteString("path", entry.Path);
                writer.WriteString("message", entry.Message);
                writer.WriteString("fingerprint", entry.Fingerprint);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        OutputFiles.WriteAllBytes(fullPath, stream.ToArray());
    }

    public static IReadOnlyList<BaselineEntry> Read(string fullPath, string displayPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath));
            var list = new List<BaselineEntry>();
            foreach (var item in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                list.Add(new BaselineEntry(
                    item.GetProperty("id").GetString() ?? string.Empty,
                    item.GetProperty("path").GetString() ?? string.Empty,
                    item.GetProperty("message").GetString() ?? string.Empty,
                    item.GetProperty("fingerprint").GetString() ?? string.Empty));
            }

            return list;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read baseline {displayPath}: {Cli.CliContext.OneLine(exception.Message)}");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new UsageException($"baseline {displayPath} is not a specdown baseline: {Cli.CliContext.OneLine(exception.Message)}");
        }
    }
}
