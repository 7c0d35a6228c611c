using System.Globalization;
using System.Text;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Turns document text into safe C#: quoted string literals (escaped like <c>SymbolDisplay.FormatLiteral(value,
/// quote: true)</c>, every non-printable or format character as <c>\uXXXX</c>), and XML documentation text (XML
/// escaped, whitespace collapsed to single spaces, control/format/bidi/zero-width characters removed).
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>Longest doc-comment text emitted; longer descriptions are cut with an ellipsis.</summary>
    public const int MaxDocLength = 2000;

    /// <summary>A C# string literal for <paramref name="value"/>, including the quotes.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (NeedsUnicodeEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Text safe inside <c>/// &lt;summary&gt;</c> (or a <c>//</c> comment): one line, XML escaped.</summary>
    public static string DocText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(System.Math.Min(text!.Length, MaxDocLength + 8));
        var pendingSpace = false;
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c) || char.IsSurrogate(c))
            {
                continue;
            }

            if (count >= MaxDocLength)
            {
                builder.Append(" ...");
                break;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }

            count++;
        }

        return builder.ToString();
    }

    /// <summary>Bidi controls, zero-width and other format characters, which must never reach generated code.</summary>
    public static bool IsInvisible(char c)
    {
        if (c < 128)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.Format
            || category == UnicodeCategory.LineSeparator
            || category == UnicodeCategory.ParagraphSeparator
            || category == UnicodeCategory.Control
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069')
            || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\uFEFF';
    }

    private static bool NeedsUnicodeEscape(char c) =>
        c < 32 || c == 127 || IsInvisible(c) || char.IsSurrogate(c) || c == '\u0085';
}
