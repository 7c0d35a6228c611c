using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Specdown.Generator.Pipeline;

/// <summary>
/// Page paths relative to the project directory (<c>build_property.MSBuildProjectDirectory</c>, else
/// <c>ProjectDir</c>), with <c>/</c> separators: <c>/src/app/../spec/api/x.md</c> seen from <c>/src/app</c> →
/// <c>../spec/api/x.md</c>. Generated constants and contract-test locations then read the same on every machine.
/// A path on another root (another drive) stays absolute.
/// </summary>
internal static class ProjectPaths
{
    public static string? ReadProjectDirectory(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        foreach (var name in new[] { "build_property.MSBuildProjectDirectory", "build_property.ProjectDir" })
        {
            if (global.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary><paramref name="path"/> relative to <paramref name="directory"/>, <c>/</c>-separated; unchanged when either is not absolute or they share no root.</summary>
    public static string Relative(string path, string? directory)
    {
        var normalized = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(directory) || !IsAbsolute(normalized))
        {
            return normalized;
        }

        var from = Segments(directory!.Replace('\\', '/'));
        var to = Segments(normalized);
        if (!IsAbsolute(directory.Replace('\\', '/')) || from.Count == 0 || to.Count == 0 || !SameSegment(from[0], to[0]))
        {
            return normalized;
        }

        var common = 0;
        while (common < from.Count && common < to.Count - 1 && SameSegment(from[common], to[common]))
        {
            common++;
        }

        var parts = new List<string>();
        for (var i = common; i < from.Count; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < to.Count; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || (path.Length >= 3 && path[1] == ':' && path[2] == '/');

    /// <summary>Segments with <c>.</c>, empty and <c>..</c> segments resolved (the root segment is <c>""</c> or <c>C:</c>).</summary>
    private static List<string> Segments(string path)
    {
        var result = new List<string>();
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                result.Add(part);
            }
            else if (part.Length == 0 || part == ".")
            {
                continue;
            }
            else if (part == "..")
            {
                if (result.Count > 1)
                {
                    result.RemoveAt(result.Count - 1);
                }
            }
            else
            {
                result.Add(part);
            }
        }

        return result;
    }

    /// <summary>Segments compare ordinally; a drive (<c>C:</c>) case-insensitively.</summary>
    private static bool SameSegment(string a, string b) =>
        string.Equals(a, b, a.EndsWith(":", StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
