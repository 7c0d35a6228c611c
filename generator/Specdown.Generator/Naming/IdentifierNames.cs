using System.Globalization;
using System.Text;

namespace Specdown.Generator.Naming;

/// <summary>
/// Turns untrusted document names into valid C# identifiers: letters and digits are kept, everything else separates
/// words, a leading digit gets <c>_</c>, and the result is never empty. Ordinal and culture-invariant.
/// </summary>
internal static class IdentifierNames
{
    /// <summary>Longest identifier emitted; longer names are cut (Roslyn accepts 512 characters per identifier).</summary>
    public const int MaxLength = 200;

    /// <summary><c>@odata.type</c> → <c>OdataType</c>, <c>JIS B4</c> → <c>JISB4</c>, <c>3d</c> → <c>_3d</c>.</summary>
    public static string ToPascalCase(string? text, string fallback = "Value") => Build(text, upperFirstWord: true, fallback);

    /// <summary><c>chat-id</c> → <c>chatId</c>, <c>User ID</c> → <c>userID</c>; keywords get a <c>Value</c> suffix.</summary>
    public static string ToCamelCase(string? text, string fallback = "value")
    {
        var name = Build(text, upperFirstWord: false, fallback);
        return CSharpKeywords.IsReserved(name) ? name + "Value" : name;
    }

    private static string Build(string? text, bool upperFirstWord, string fallback)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        var wordStart = true;
        if (text is not null)
        {
            foreach (var c in text)
            {
                if (!IsIdentifierChar(c))
                {
                    wordStart = true;
                    continue;
                }

                if (builder.Length >= MaxLength)
                {
                    break;
                }

                if (wordStart)
                {
                    var first = builder.Length == 0 && !upperFirstWord;
                    builder.Append(first ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                    wordStart = false;
                }
                else
                {
                    builder.Append(c);
                }
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>Letters (any script) and decimal digits; no format, combining or control characters.</summary>
    public static bool IsIdentifierChar(char c)
    {
        if (c < 128)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.OtherLetter:
                return true;
            default:
                return false;
        }
    }
}
