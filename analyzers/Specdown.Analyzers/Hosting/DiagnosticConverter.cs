using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Hosting;

/// <summary>Converts a <see cref="DiagnosticInfo"/> into a Roslyn <see cref="Diagnostic"/> located in its Markdown file.</summary>
internal static class DiagnosticConverter
{
    public static Diagnostic Convert(DiagnosticDescriptor descriptor, DiagnosticInfo info, string path, int textLength) =>
        Diagnostic.Create(descriptor, ToLocation(info.Location, path, textLength), Arguments(info));

    /// <summary>A Roslyn location for an external file: span clamped to the text, 0-based line positions.</summary>
    public static Location ToLocation(LocationInfo location, string path, int textLength)
    {
        var start = Math.Max(0, Math.Min(location.Start, textLength));
        var length = Math.Max(0, Math.Min(location.Length, textLength - start));
        var startLine = Math.Max(0, location.StartLine - 1);
        var startColumn = Math.Max(0, location.StartColumn - 1);
        var end = new LinePosition(Math.Max(startLine, location.EndLine - 1), Math.Max(0, location.EndColumn - 1));
        if (end.Line == startLine && end.Character < startColumn)
        {
            end = new LinePosition(startLine, startColumn);
        }

        return Location.Create(path, new TextSpan(start, length), new LinePositionSpan(new LinePosition(startLine, startColumn), end));
    }

    private static object[] Arguments(DiagnosticInfo info)
    {
        // Exactly the rule's arguments: the catalogue's message formats name as many as the rules pass.
        var args = new object[info.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = info.Arguments[i];
        }

        return args;
    }
}
