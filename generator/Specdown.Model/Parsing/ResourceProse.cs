using System;

namespace Specdown.Model.Parsing;

/// <summary>What a resource page's prose says about its type: base type, abstractness, description.</summary>
internal static class ResourceProse
{
    private static readonly string[] BasePhrases = { "inherits from", "inherited from", "derives from", "derived from", "extends" };

    /// <summary>The link text after "Inherits from" (or "derived from the") in the page's prose, outside tables.</summary>
    public static string? BaseType(PageContext context)
    {
        foreach (var item in context.Prose)
        {
            var block = item.Block;
            if (block.Kind == TextBlockKind.Html || block.Section is SectionKind.Methods or SectionKind.Properties or SectionKind.Relationships)
            {
                continue;
            }

            foreach (var phrase in BasePhrases)
            {
                var index = block.Text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                {
                    continue;
                }

                var rest = block.Text.Substring(index + phrase.Length).TrimStart();
                if (rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    // "derived from the [extension](extension.md) abstract type"
                    rest = rest.Substring(4);
                }

                if (item.Links != null)
                {
                    foreach (var link in item.Links)
                    {
                        if (link.Text.Length > 0 && rest.StartsWith(link.Text, StringComparison.Ordinal))
                        {
                            return link.Text.Trim();
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Whether the intro prose says the type is abstract.</summary>
    public static bool SaysAbstract(PageContext context)
    {
        foreach (var item in context.Prose)
        {
            if (item.Block.Section == SectionKind.Other && item.Block.Kind != TextBlockKind.Html &&
                AbstractWording.SaysTypeIsAbstract(item.Block.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a type's description says it is open ("This type is an open type").</summary>
    public static bool SaysOpen(string description) =>
        description.IndexOf("is an open type", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>The first real paragraph after the title (not the Namespace line, an INCLUDE or a note).</summary>
    public static string Description(PageContext context)
    {
        foreach (var item in context.Prose)
        {
            var block = item.Block;
            if (block.Section != SectionKind.Other || block.Kind != TextBlockKind.Paragraph ||
                block.Text.StartsWith("Namespace:", StringComparison.OrdinalIgnoreCase) || block.Text.Length == 0)
            {
                continue;
            }

            return block.Text;
        }

        return string.Empty;
    }
}
