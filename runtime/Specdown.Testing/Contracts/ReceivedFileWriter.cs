using System;
using System.IO;
using System.Text;

namespace Specdown.Testing;

/// <summary>Writes the actual JSON of a failing example as <c>&lt;example&gt;.received.json</c>.</summary>
internal static class ReceivedFileWriter
{
    /// <summary>Returns the full path written, or null with the reason in <paramref name="error"/>.</summary>
    public static string? TryWrite(string directory, string exampleName, string content, out string? error)
    {
        error = null;
        try
        {
            Directory.CreateDirectory(directory);
            var path = Path.GetFullPath(Path.Combine(directory, SafeFileName(exampleName) + ".received.json"));
            File.WriteAllText(path, content.EndsWith("\n", StringComparison.Ordinal) ? content : content + "\n",
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return path;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException
            or NotSupportedException)
        {
            error = exception.Message;
            return null;
        }
    }

    /// <summary>Letters, digits, <c>-</c>, <c>_</c> and <c>.</c> are kept; everything else becomes <c>_</c>.</summary>
    internal static string SafeFileName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "example";
        }

        var builder = new StringBuilder(Math.Min(name.Length, 120));
        foreach (var c in name)
        {
            if (builder.Length == 120)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }

        var safe = builder.ToString().Trim('.');
        return safe.Length == 0 ? "example" : safe;
    }
}
