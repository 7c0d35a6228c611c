using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Specdown.Testing;

/// <summary>Pretty-prints JSON for messages and received files; text that is not JSON is returned as is.</summary>
public static class JsonPretty
{
    /// <summary>Indented JSON (two spaces, <c>\n</c> line ends), or the trimmed text when it does not parse.</summary>
    public static string Format(string text)
    {
        if (!TolerantJson.TryParse(text, out var document, out _))
        {
            return (text ?? string.Empty).Trim().Replace("\r\n", "\n");
        }

        using (document)
        {
            using var stream = new MemoryStream();
            var writerOptions = new JsonWriterOptions
            {
                Indented = true,
                MaxDepth = 1024,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
            using (var writer = new Utf8JsonWriter(stream, writerOptions))
            {
                document!.RootElement.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length).Replace("\r\n", "\n");
        }
    }

    /// <summary>Cuts a text to at most <paramref name="maxChars"/> characters at a line end, saying how much was left out.</summary>
    public static string Truncate(string text, int maxChars)
    {
        maxChars = Math.Max(maxChars, 1);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', maxChars > 0 ? maxChars - 1 : 0);
        var skip = 1;
        if (cut <= 0)
        {
            cut = maxChars;
            skip = 0;
        }

        var hiddenLines = 1;
        for (var i = cut + 1; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                hiddenLines++;
            }
        }

        return text.Substring(0, cut) + "\n… (" + hiddenLines.ToString(CultureInfo.InvariantCulture) + " more line(s), " +
            (text.Length - cut - skip).ToString(CultureInfo.InvariantCulture) + " more character(s))";
    }
}
