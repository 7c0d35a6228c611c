using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Specdown.Cli.Stats;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Output;

/// <summary>
/// Writes the doc-set model as JSON: pages in path order with every positional member of the model records as
/// docs/model.md describes them (computed convenience properties are left out), the merged types and enums, the
/// diagnostics outside pages, and with <c>--accounting</c> the line accounting summary (top level in docs/cli.md).
/// </summary>
public static class ModelJsonWriter
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <param name="diagnostics">Diagnostics outside the pages: unreadable files (SPD0113) and the doc set's own.</param>
    public static void Write(Stream stream, IReadOnlyList<PageModel> pages, DocSet? docSet, IReadOnlyList<DiagnosticInfo> diagnostics, AccountingReport? accounting)
    {
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("tool", "specdown " + SpecdownApp.Version);
            writer.WriteStartArray("pages");
            foreach (var page in pages)
            {
                JsonSerializer.Serialize(writer, page, Options.GetTypeInfo(typeof(PageModel)));
            }

            writer.WriteEndArray();
            WriteList(writer, "types", docSet?.Types ?? Array.Empty<TypeDefinition>());
            WriteList(writer, "enums", docSet?.Enums ?? Array.Empty<EnumDefinition>());
            WriteList(writer, "diagnostics", diagnostics);
            if (accounting is not null)
            {
                writer.WritePropertyName("accounting");
                accounting.WriteJson(writer);
            }

            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteList<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> items)
    {
        writer.WriteStartArray(name);
        var typeInfo = Options.GetTypeInfo(typeof(T));
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, typeInfo);
        }

        writer.WriteEndArray();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ModelJsonContext.Default.Options)
        {
            TypeInfoResolver = ModelJsonContext.Default.WithAddedModifier(KeepPositionalMembers),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Keeps only the members that a record's primary constructor declares (drops computed properties).</summary>
    private static void KeepPositionalMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        ConstructorInfo? primary = null;
        foreach (var constructor in info.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        {
            if (primary is null || constructor.GetParameters().Length > primary.GetParameters().Length)
            {
                primary = constructor;
            }
        }

        if (primary is null || primary.GetParameters().Length == 0)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in primary.GetParameters())
        {
            names.Add(parameter.Name ?? string.Empty);
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (!names.Contains(info.Properties[i].Name))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
