using System.Globalization;
using System.Text;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Quotes documented example text in <c>//</c> comments: every line prefixed, control, format, bidi and line-separator
/// characters written as <c>\uXXXX</c>, long examples cut with a count of the lines left out.
/// </summary>
internal static class ContractTestComment
{
    public const int MaxLines = 60;
    public const int MaxLineLength = 300;

    public static void Write(SourceWriter writer, string title, string? text)
    {
        if (text is null)
        {
            return;
        }

        writer.WriteLine("// " + Escape(title));
        var lines = text.Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Trim().Length == 0)
        {
            count--;
        }

        for (var i = 0; i < count && i < MaxLines; i++)
        {
            writer.WriteLine(("//     " + Escape(lines[i])).TrimEnd());
        }

        if (count > MaxLines)
        {
            writer.WriteLine("//     ... (" + (count - MaxLines).ToString(CultureInfo.InvariantCulture) + " more lines)");
        }
    }

    /// <summary>One comment-safe line: nothing that could end the comment or reorder the source on screen.</summary>
    public static string Escape(string line)
    {
        var builder = new StringBuilder(System.Math.Min(line.Length, MaxLineLength) + 8);
        foreach (var c in line)
        {
            if (builder.Length >= MaxLineLength)
            {
                builder.Append(" ...");
                break;
            }

            if (c < 32 || c == 127 || c == '\u0085' || char.IsSurrogate(c) || CSharpLiteral.IsInvisible(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
