using System.Collections.Generic;
using System.Globalization;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits <c>Support/SpecdownJsonContext.g.cs</c>: the one JSON metadata context of the root namespace. Its fixed part
/// comes from <see cref="JsonContextTemplates"/>; this emitter writes the model list (type → factory) in chunks, from
/// the type index only, so a description edit leaves the file cached. The per-type factories are emitted beside each
/// DTO (<see cref="DtoEmitter"/>) and beside each group's request bodies (<see cref="OperationsEmitter"/>).
/// </summary>
internal static class JsonContextEmitter
{
    /// <summary>Entries per <c>AddModelsN</c> method: keeps every method small for the compiler and the JIT.</summary>
    private const int ChunkSize = 200;

    private const string Map = "global::System.Collections.Generic.Dictionary<global::System.Type, Factory>";

    /// <param name="bodyGroups">The groups whose operations have generated request body classes (C# group names).</param>
    public static GeneratedSource Emit(TypeIndex index, IReadOnlyList<string> bodyGroups, GeneratorOptions options)
    {
        var root = index.RootNamespace;
        var lines = options.EmitDtos ? ModelLines(index, root) : new List<string>();
        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.WriteLine("namespace " + EmitterConstants.SerializationNamespace(root));
        writer.WriteLine("{");
        var text = writer.ToString() + JsonContextTemplates.Context.Replace("\r\n", "\n").Replace("[GeneratedCode]", EmitterConstants.GeneratedCode);
        var list = new SourceWriter();
        list.Indent();
        list.Indent();
        var chunks = (lines.Count + ChunkSize - 1) / ChunkSize;
        list.OpenBlock("private static " + Map + " CreateEntries()");
        list.WriteLine("var map = new " + Map + "(" + (lines.Count + 20 + bodyGroups.Count).ToString(CultureInfo.InvariantCulture) + ");");
        list.WriteLine("AddPrimitives(map);");
        for (var i = 0; i < chunks; i++)
        {
            list.WriteLine("AddModels" + i.ToString(CultureInfo.InvariantCulture) + "(map);");
        }

        foreach (var group in bodyGroups)
        {
            list.WriteLine(EmitterConstants.GroupMetadataClassName(group) + ".Register(map);");
        }

        list.WriteLine("return map;");
        list.CloseBlock();
        for (var i = 0; i < chunks; i++)
        {
            list.WriteLine();
            list.OpenBlock("private static void AddModels" + i.ToString(CultureInfo.InvariantCulture) + "(" + Map + " map)");
            for (var j = i * ChunkSize; j < lines.Count && j < (i + 1) * ChunkSize; j++)
            {
                list.WriteLine(lines[j]);
            }

            list.CloseBlock();
        }

        list.CloseBlock();
        list.CloseBlock();
        return new GeneratedSource(HintNames.Support("SpecdownJsonContext"), text + list.ToString());
    }

    private static List<string> ModelLines(TypeIndex index, string root)
    {
        var lines = new List<string>();
        foreach (var entry in index.Names.Entries)
        {
            // Enums are value types: a static lambda per enum, so no generic code is instantiated until it is used.
            lines.Add(entry.IsEnum
                ? "map.Add(typeof(" + entry.GlobalName + "), static (o, s) => Value(o, s, new " + EmitterConstants.EnumConverter(root, entry) + "()));"
                : "Add<" + entry.GlobalName + ">(map, " + EmitterConstants.MetadataClass(root, entry) + ".Create);");
        }

        return lines;
    }
}
