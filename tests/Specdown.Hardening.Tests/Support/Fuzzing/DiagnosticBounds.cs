using Specdown.Model.Diagnostics;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>Checks that a diagnostic's location lies inside the text of its file.</summary>
public static class DiagnosticBounds
{
    /// <summary>The number of lines of <paramref name="text"/> counting CRLF, CR and LF as one break each.</summary>
    public static int LineCount(string text)
    {
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    /// <returns>null when the location is inside the file, else what is wrong.</returns>
    public static string? Problem(DiagnosticInfo diagnostic, IReadOnlyDictionary<string, string> texts)
    {
        var location = diagnostic.Location;
        if (location.FilePath is null)
        {
            return diagnostic.Id + " has no location";
        }

        if (!texts.TryGetValue(location.FilePath, out var text))
        {
            return diagnostic.Id + " points at an unknown file '" + location.FilePath + "'";
        }

        var lines = LineCount(text);
        if (location.Start < 0 || location.Length < 0 || (long)location.Start + location.Length > text.Length)
        {
            return diagnostic + " span " + location.Start + "+" + location.Length + " is outside the text (" + text.Length + " chars)";
        }

        if (location.StartLine < 1 || location.StartLine > lines || location.EndLine < location.StartLine || location.EndLine > lines)
        {
            return diagnostic + " lines " + location.StartLine + "-" + location.EndLine + " are outside the file (" + lines + " lines)";
        }

        if (location.StartColumn < 1 || location.EndColumn < 1)
        {
            return diagnostic + " has a column below 1";
        }

        return null;
    }
}
