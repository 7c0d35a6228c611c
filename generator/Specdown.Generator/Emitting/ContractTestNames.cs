using System;
using System.Collections.Generic;
using System.Text;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;
using Specdown.Model.Collections;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Names of the generated contract tests: one class per page (<c>chat-post-chats-ref.md</c> →
/// <c>ChatPostChatsRefContractTests</c>, unique across the doc set), and per example a member named after the example's
/// <c>name</c> annotation with its underscores kept (<c>create_chat_from_chats</c>), unique within its class.
/// </summary>
internal static class ContractTestNames
{
    public const string ExamplesClass = "Examples";
    public const string TargetClass = "SpecdownContractTarget";
    public const string CollectionClass = "SpecdownContractCollection";
    public const string SummaryClass = "SpecdownContractSummary";

    /// <summary>The pages that have examples, in input order (the input of <see cref="Assign"/>, equal unless examples change).</summary>
    public static EquatableArray<ContractTestPageSpec> PagesWithExamples(IEnumerable<ContractTestPageSpec> pages)
    {
        var result = new List<ContractTestPageSpec>();
        foreach (var page in pages)
        {
            if (page.Examples.Count > 0)
            {
                result.Add(page);
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>Allocates the class names, pages ordered by path (ordinal) so the result does not depend on input order.</summary>
    public static EquatableArray<ContractTestClassSpec> Assign(IEnumerable<ContractTestPageSpec> pages)
    {
        var ordered = new List<ContractTestPageSpec>();
        foreach (var page in pages)
        {
            if (page.Examples.Count > 0)
            {
                ordered.Add(page);
            }
        }

        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { TargetClass, CollectionClass, SummaryClass };
        var result = new List<ContractTestClassSpec>(ordered.Count);
        foreach (var page in ordered)
        {
            var stem = IdentifierNames.ToPascalCase(ContractTestSpecBuilder.Stem(page.Path), "Page");
            result.Add(new ContractTestClassSpec(Unique(stem + "ContractTests", used), page));
        }

        return result.ToEquatableArray();
    }

    /// <summary>The member names of a page's examples, in order (unique, never <c>Examples</c>, never a keyword).</summary>
    public static IReadOnlyList<string> Members(ContractTestPageSpec page)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ExamplesClass };
        var names = new List<string>(page.Examples.Count);
        foreach (var example in page.Examples)
        {
            names.Add(Unique(Identifier(example.Name), used));
        }

        return names;
    }

    /// <summary>Letters, digits and <c>_</c> kept, a run of anything else becomes one <c>_</c>; a leading digit or keyword gets <c>_</c>.</summary>
    public static string Identifier(string? name)
    {
        var builder = new StringBuilder();
        foreach (var c in name ?? string.Empty)
        {
            if (builder.Length >= IdentifierNames.MaxLength)
            {
                break;
            }

            if (IdentifierNames.IsIdentifierChar(c) || c == '_')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                builder.Append('_'); // a run of other characters becomes one separator
            }
        }

        var text = builder.ToString().Trim('_');
        if (text.Length == 0)
        {
            return "example";
        }

        if (char.IsDigit(text[0]))
        {
            text = "_" + text;
        }

        return CSharpKeywords.IsReserved(text) ? text + "_" : text;
    }

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = name + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
