using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads prose into <see cref="TextBlock"/>s: paragraphs (INCLUDE lines and the <c>Namespace:</c> line recognised), and
/// list items and quotes as the text of their paragraphs. Links go to the page's link list.
/// </summary>
internal static class ProseReader
{
    public static void ReadParagraph(PageContext context, LeafBlock paragraph, TextBlockKind kind)
    {
        var links = context.LinkScratch;
        links.Clear();
        var text = MarkdigInlines.PlainText(paragraph, context.Map, context.Scratch, links);
        if (paragraph.Inline == null && paragraph is not ParagraphBlock && paragraph.Lines.Count > 0)
        {
            text = paragraph.Lines.ToString().Trim();
        }

        var location = Location(context, paragraph);
        var category = "prose";
        if (kind == TextBlockKind.Paragraph && IsInclude(context.Map.Text, paragraph))
        {
            kind = TextBlockKind.Include;
            category = "include";
        }
        else if (kind == TextBlockKind.Paragraph && text.StartsWith("Namespace:", StringComparison.OrdinalIgnoreCase))
        {
            context.Namespace ??= ReadNamespace(text);
            category = "namespace";
        }

        Add(context, new TextBlock(kind, text, context.Sections.Kind, location), links);
        if (kind == TextBlockKind.Paragraph)
        {
            context.LastParagraph = text;
        }

        context.Ledger.Set(location.StartLine, location.EndLine, category);
    }

    /// <summary>Reads the paragraphs directly inside a list item or quote as one text block.</summary>
    public static void ReadContainer(PageContext context, ContainerBlock container, TextBlockKind kind)
    {
        var links = context.LinkScratch;
        links.Clear();
        StringBuilder? builder = null;
        var joined = string.Empty;
        foreach (var child in container)
        {
            if (child is ParagraphBlock paragraph)
            {
                var text = MarkdigInlines.PlainText(paragraph, context.Map, context.Scratch, links);
                if (joined.Length == 0 || text.Length == 0)
                {
                    joined = joined.Length == 0 ? text : joined;
                }
                else
                {
                    // Two or more non-empty paragraphs: joined by one space.
                    builder ??= new StringBuilder(joined);
                    builder.Append(' ').Append(text);
                }

                var paragraphLocation = Location(context, paragraph);
                context.Ledger.Set(paragraphLocation.StartLine, paragraphLocation.EndLine, "prose");
            }
        }

        var location = Location(context, container);
        Add(context, new TextBlock(kind, builder?.ToString() ?? joined, context.Sections.Kind, location), links);
    }

    private static void Add(PageContext context, TextBlock block, List<LinkRef> links)
    {
        context.TextBlocks.Add(block);
        context.Prose.Add(new ProseItem(block, links.Count == 0 ? null : links.ToArray(), context.Sections.HeadingText));
        context.Links.AddRange(links);
    }

    private static bool IsInclude(string text, LeafBlock paragraph)
    {
        var start = paragraph.Span.Start;
        return start >= 0 && string.Compare(text, start, "[!INCLUDE", 0, 9, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static string ReadNamespace(string text)
    {
        var value = text.Substring("Namespace:".Length).Trim();
        var space = value.IndexOf(' ');
        return space < 0 ? value : value.Substring(0, space);
    }

    private static Diagnostics.LocationInfo Location(PageContext context, Block block)
    {
        var end = Math.Max(block.Span.End, block.Span.Start);
        return context.Span(block.Span.Start, end);
    }
}
