using System.Text;
using CsCheck;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>The kinds of damage done to a well-shaped page.</summary>
public enum MutationKind
{
    Truncate,
    DeleteLine,
    DeleteBlankLines,
    DuplicateLine,
    SwapLines,
    InsertText,
    LineEndings,
    BreakTableRow,
    DropTableSeparators,
    DropClosingFences,
    HugeCell,
}

/// <summary>One mutation: <see cref="At"/> and <see cref="Other"/> are fractions (per mille) of the text or line count.</summary>
public sealed record Mutation(MutationKind Kind, int At, int Other, string Payload);

/// <summary>Mutations of real page shapes, applied deterministically.</summary>
public static class PageMutations
{
    private static readonly Gen<string> Payload = Gen.Frequency(
        (3, PageWords.UnicodeText),
        (2, PageSections.Annotation),
        (1, Gen.OneOfConst("```", "```http\n", "|", "| a | b |\n", "\n---\n", "<!--", "-->", "\r", "\r\n", "\n\n")));

    public static readonly Gen<Mutation> One =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 1000], Gen.Int[0, 1000], Payload, (kind, at, other, payload) => new Mutation(kind, at, other, payload));

    public static readonly Gen<Mutation[]> Mutations = Gen.Frequency((2, Gen.Const(System.Array.Empty<Mutation>())), (5, One.Array[1, 4]));

    public static string Apply(string text, Mutation[] mutations)
    {
        foreach (var mutation in mutations)
        {
            text = Apply(text, mutation);
        }

        return text;
    }

    private static string Apply(string text, Mutation m)
    {
        var lines = new List<string>(text.Split('\n'));
        var line = lines.Count == 0 ? 0 : m.At * (lines.Count - 1) / 1000;
        var other = lines.Count == 0 ? 0 : m.Other * (lines.Count - 1) / 1000;
        switch (m.Kind)
        {
            case MutationKind.Truncate:
                return text.Substring(0, (int)((long)text.Length * m.At / 1000));
            case MutationKind.DeleteLine:
                lines.RemoveAt(line);
                break;
            case MutationKind.DeleteBlankLines:
                lines.RemoveAll(l => l.Trim().Length == 0);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(line, lines[line]);
                break;
            case MutationKind.SwapLines:
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case MutationKind.InsertText:
                var at = (int)((long)text.Length * m.At / 1000);
                return text.Substring(0, at) + m.Payload + text.Substring(at);
            case MutationKind.LineEndings:
                return MixLineEndings(lines, m.Other);
            case MutationKind.BreakTableRow:
                BreakRow(lines, line, m.Other);
                break;
            case MutationKind.DropTableSeparators:
                lines.RemoveAll(l => l.StartsWith("|:--", StringComparison.Ordinal) || l.StartsWith("|---", StringComparison.Ordinal));
                break;
            case MutationKind.DropClosingFences:
                lines.RemoveAll(l => l == "```");
                break;
            case MutationKind.HugeCell:
                lines[line] = lines[line] + "| " + new string('x', 2000 + (m.Other * 20)) + " |";
                break;
        }

        return string.Join("\n", lines);
    }

    private static void BreakRow(List<string> lines, int from, int seed)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].StartsWith('|'))
            {
                lines[i] = (seed % 3) switch
                {
                    0 => lines[i].Replace(" | ", " ", StringComparison.Ordinal),
                    1 => lines[i] + " extra | cells | here |",
                    _ => lines[i].TrimEnd('|', ' '),
                };
                return;
            }
        }
    }

    private static string MixLineEndings(List<string> lines, int seed)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines[i]);
            if (i + 1 < lines.Count)
            {
                builder.Append(seed < 300 ? "\r\n" : ((seed + i) % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
            }
        }

        return builder.ToString();
    }
}
