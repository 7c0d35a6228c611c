using System;
using System.Collections.Generic;
using System.IO;
using Specdown.Generator.Emitting;

namespace Specdown.Cli.Commands;

/// <summary>
/// Writes generated sources under an output directory: the hint name is a relative path ('/' → subfolders). Hint names
/// that would escape the directory are refused. Unchanged files are not rewritten; nothing else is deleted.
/// </summary>
internal static class GeneratedFileWriter
{
    public sealed record Result(int Written, int Unchanged, IReadOnlyList<string> Refused);

    public static Result Write(string outputDirectory, IReadOnlyList<GeneratedSource> sources)
    {
        var written = 0;
        var unchanged = 0;
        var refused = new List<string>();
        foreach (var source in sources)
        {
            if (!TryResolve(outputDirectory, source.HintName, out var target))
            {
                refused.Add(source.HintName);
                continue;
            }

            var bytes = OutputFiles.Utf8NoBom.GetBytes(source.Source);
            if (File.Exists(target) && SameBytes(File.ReadAllBytes(target), bytes))
            {
                unchanged++;
                continue;
            }

            OutputFiles.WriteAllBytes(target, bytes);
            written++;
        }

        return new Result(written, unchanged, refused);
    }

    /// <summary>The full path for a hint name, if it is a plain relative path (no rooted path, no '.' or '..' segment).</summary>
    public static bool TryResolve(string outputDirectory, string hintName, out string target)
    {
        target = string.Empty;
        if (string.IsNullOrWhiteSpace(hintName))
        {
            return false;
        }

        var segments = hintName.Replace('\\', '/').Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || segment.IndexOf(':') >= 0)
            {
                return false;
            }
        }

        var root = Path.GetFullPath(outputDirectory);
        target = Path.GetFullPath(Path.Combine(root, Path.Combine(segments)));
        return target.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static bool SameBytes(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);
}
