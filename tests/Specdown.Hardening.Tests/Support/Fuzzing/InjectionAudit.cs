using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>
/// Looks for content that escaped from a page into generated code: preprocessor directives the generator does not
/// write itself, bidi controls anywhere, format characters in identifiers, and malformed doc comments or syntax.
/// </summary>
public static class InjectionAudit
{
    /// <summary>The directives the generator writes itself (see SourceWriter, EnumEmitter, SupportTemplates).</summary>
    private static readonly HashSet<string> OwnDirectives = new(StringComparer.Ordinal)
    {
        "#nullable enable",
        "#pragma warning disable CS0108, CS0612, CS0618, CS1591",
        "#if NET9_0_OR_GREATER",
        "#else",
        "#endif",
    };

    public static IEnumerable<string> Problems(IEnumerable<SyntaxTree> trees)
    {
        foreach (var tree in trees)
        {
            foreach (var problem in Problems(tree))
            {
                yield return tree.FilePath + ": " + problem;
            }
        }
    }

    public static IEnumerable<string> Problems(SyntaxTree tree)
    {
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning)
            {
                yield return "syntax: " + diagnostic;
            }
        }

        var root = tree.GetRoot();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.IsDirective && !OwnDirectives.Contains(trivia.ToString().Trim()))
            {
                yield return "foreign directive: " + trivia.ToString().Trim();
            }
        }

        foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && HasFormatCharacter(token.Text))
            {
                yield return "format character in identifier: " + Escape(token.Text);
            }
        }

        var text = tree.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBidiControl(text[i]))
            {
                yield return "bidi control U+" + ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture) + " at " + i;
                break;
            }
        }
    }

    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool HasFormatCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
