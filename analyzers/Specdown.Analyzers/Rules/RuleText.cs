using System.Text;

namespace Specdown.Analyzers.Rules;

/// <summary>Short, single-line renderings of page text for diagnostic messages.</summary>
internal static class RuleText
{
    private const int MaxLength = 80;

    /// <summary>The text on one line, control characters as spaces, shortened with an ellipsis.</summary>
    public static string Short(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(System.Math.Min(text!.Length, MaxLength + 1));
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || IsBidi(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    private static bool IsBidi(char c) => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
}
