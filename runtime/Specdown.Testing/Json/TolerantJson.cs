using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Specdown.Testing;

/// <summary>
/// Parses documentation JSON the way the docs write it: trailing commas, comments and <c>...</c> elision lines
/// are tolerated; anything else that is not JSON yields an error message that points at the line.
/// </summary>
public static class TolerantJson
{
    /// <summary>The options used for documented and actual JSON.</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says where and why.</summary>
    /// <remarks>The caller owns (and disposes) the returned document.</remarks>
    public static bool TryParse(string text, out JsonDocument? document, out string? error) =>
        TryParse(text, out document, out error, out _);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="errorLine"/> is the 1-based line of the problem within the text (0 when unknown).</summary>
    public static bool TryParse(string text, out JsonDocument? document, out string? error, out int errorLine)
    {
        document = null;
        error = null;
        errorLine = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the JSON text is empty";
            return false;
        }

        var cleaned = RemoveElisions(text);
        try
        {
            document = JsonDocument.Parse(cleaned, DocumentOptions);
            return true;
        }
        catch (JsonException exception)
        {
            error = Explain(cleaned, exception);
            errorLine = exception.LineNumber is long line && line < int.MaxValue ? (int)line + 1 : 0;
            return false;
        }
    }

    /// <summary>Blanks out lines that only hold an elision (<c>...</c>, <c>…</c>, optionally with a comma), keeping line numbers.</summary>
    public static string RemoveElisions(string text)
    {
        if (text.IndexOf("..", StringComparison.Ordinal) < 0 && text.IndexOf('…') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (!IsElision(line))
            {
                builder.Append(line);
            }

            if (newline < 0)
            {
                break;
            }

            builder.Append('\n');
            lineStart = newline + 1;
        }

        return builder.ToString();
    }

    private static bool IsElision(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim().TrimEnd(',').TrimEnd();
        if (trimmed.Length == 0)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c != '.' && c != '…')
            {
                return false;
            }
        }

        return trimmed.Length >= 2 || trimmed[0] == '…';
    }

    private static string Explain(string text, JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        if (cut > 0)
        {
            message = message.Substring(0, cut);
        }

        if (exception.LineNumber is not long line)
        {
            return message;
        }

        var column = (exception.BytePositionInLine ?? 0) + 1;
        var where = "line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", column " +
            column.ToString(CultureInfo.InvariantCulture);
        var source = LineAt(text, (int)Math.Min(line, int.MaxValue));
        return where + ": " + message + (source.Length == 0 ? string.Empty : " Near: " + source);
    }

    private static string LineAt(string text, int line)
    {
        var start = 0;
        for (var i = 0; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }

        if (start < 0 || start >= text.Length)
        {
            return string.Empty;
        }

        var end = text.IndexOf('\n', start);
        var content = (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).Trim();
        return content.Length > 80 ? content.Substring(0, 80) + "…" : content;
    }
}
