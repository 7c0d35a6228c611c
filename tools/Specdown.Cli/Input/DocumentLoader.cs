using System;
using System.Collections.Generic;
using System.IO;

namespace Specdown.Cli.Input;

/// <summary>
/// Turns command-line paths into the list of Markdown files to read: files are taken as given, directories are walked
/// recursively for <c>*.md</c>. The result is de-duplicated and ordinal-sorted by display path, so the order of the
/// arguments never changes the output. A path that does not exist is a usage error.
/// </summary>
public static class DocumentLoader
{
    private static readonly EnumerationOptions WalkOptions = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        MatchType = MatchType.Simple,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    public static IReadOnlyList<SourceFile> Find(IReadOnlyList<string> paths, CliContext context)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("no input path given");
        }

        var byDisplayPath = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = context.ResolvePath(path);
            if (File.Exists(full))
            {
                Add(byDisplayPath, full, context);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in EnumerateMarkdown(full, path))
                {
                    Add(byDisplayPath, file, context);
                }
            }
            else
            {
                throw new UsageException($"input path not found: {path}");
            }
        }

        var files = new List<SourceFile>(byDisplayPath.Values);
        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return files;
    }

    private static IEnumerable<string> EnumerateMarkdown(string directory, string argument)
    {
        try
        {
            return Directory.GetFiles(directory, "*.md", WalkOptions);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read directory {argument}: {exception.Message}");
        }
    }

    private static void Add(Dictionary<string, SourceFile> files, string fullPath, CliContext context)
    {
        var display = context.DisplayPath(fullPath);
        files[display] = new SourceFile(fullPath, display);
    }
}
