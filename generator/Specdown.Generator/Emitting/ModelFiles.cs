using System.Collections.Generic;
using System.Text;
using Specdown.Model.Collections;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Puts the emitted types (and enums) that share a hint name (<see cref="Naming.FileGroups"/>) into one file: the header
/// once, then each type's text in emission order (by full name), separated by a blank line. Shared by the generator and
/// <see cref="SpecdownEmitter"/>, so both write the same bytes.
/// </summary>
internal static class ModelFiles
{
    /// <summary>The files, in order of their first part; null parts (not emitted) are skipped.</summary>
    public static EquatableArray<ModelFile> Group(IEnumerable<GeneratedSource?> parts)
    {
        var order = new List<string>();
        var byHint = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part is null)
            {
                continue;
            }

            if (!byHint.TryGetValue(part.HintName, out var texts))
            {
                texts = new List<string>();
                byHint[part.HintName] = texts;
                order.Add(part.HintName);
            }

            texts.Add(part.Source);
        }

        var files = new ModelFile[order.Count];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = new ModelFile(order[i], byHint[order[i]].ToEquatableArray());
        }

        return new EquatableArray<ModelFile>(files);
    }

    /// <summary>The file's text: the header, then the parts separated by a blank line.</summary>
    public static GeneratedSource Join(ModelFile file)
    {
        var length = SourceWriter.Header.Length;
        foreach (var part in file.Parts)
        {
            length += part.Length + 1;
        }

        var builder = new StringBuilder(length);
        builder.Append(SourceWriter.Header);
        for (var i = 0; i < file.Parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(file.Parts[i]);
        }

        return new GeneratedSource(file.HintName, builder.ToString());
    }
}
