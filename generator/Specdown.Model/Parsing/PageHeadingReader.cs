using System;
using System.Collections.Generic;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads a heading: tab switchers (<c># [HTTP](#tab/http)</c>) change the SDK tab and are not headings; the first real
/// H1 is the title (SPD0105 for a second one); other headings open sections with a unique GitHub-style anchor.
/// </summary>
internal static class PageHeadingReader
{
    public static void Read(PageContext context, HeadingBlock heading)
    {
        var map = context.Map;
        var location = context.Span(heading.Span.Start, Math.Max(heading.Span.End, heading.Span.Start));
        var links = context.LinkScratch;
        links.Clear();
        string? text = null;
        string? tab;
        if (heading.Inline == null)
        {
            // Read without Markdig's inlines (SimpleInlineReader): a tab-switcher link is then the heading's whole content.
            text = MarkdigInlines.PlainText(heading, map, context.Scratch, links);
            tab = links.Count == 1 && SimpleInlineReader.IsTabTarget(links[0].Target, 0) ? TabName(links[0].Target) : null;
        }
        else
        {
            tab = TabId(heading);
        }

        if (tab != null)
        {
            context.Sections.SwitchTab(tab);
            context.Ledger.Set(location.StartLine, location.EndLine, "tab-switcher");
            return;
        }

        if (heading.IsSetext && IsIncludeText(map.Text, heading.Span.Start))
        {
            // "[!INCLUDE ...]" directly followed by the "---" that closes a tab group: not a heading.
            context.Sections.CloseTabs();
            context.Ledger.Set(location.StartLine, location.EndLine - 1, "include");
            context.Ledger.Set(location.EndLine, location.EndLine, "tab-switcher");
            return;
        }

        context.DropPendingAnnotation();
        text ??= MarkdigInlines.PlainText(heading, map, context.Scratch, links);
        context.Links.AddRange(links);
        var isTitle = heading.Level == 1 && context.Title == null;
        if (heading.Level == 1)
        {
            context.TitleCount++;
            if (isTitle)
            {
                context.Title = text;
                context.TitleLocation = location;
            }
            else
            {
                context.Report(RuleIds.TitleProblem, location, "the page has more than one H1 heading; the first one is the title");
            }
        }

        var kind = context.Sections.Open(heading.Level, text, isTitle);
        context.Headings.Add(new Heading(heading.Level, text, context.UniqueAnchor(SectionClassifier.Slug(text, context.Scratch)), kind, location));
        context.LastParagraph = null;
        context.Ledger.Set(location.StartLine, location.EndLine, isTitle ? "title" : "heading");
    }

    /// <summary>The tab id when the heading's only content is a link to <c>#tab/...</c>, else null.</summary>
    private static string? TabId(HeadingBlock heading)
    {
        if (heading.Inline == null)
        {
            return null;
        }

        string? tab = null;
        for (var inline = heading.Inline.FirstChild; inline != null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link && tab == null && link.Url != null &&
                link.Url.StartsWith("#tab/", StringComparison.OrdinalIgnoreCase))
            {
                tab = TabName(link.Url);
            }
            else if (!(inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
            {
                return null;
            }
        }

        return tab;
    }

    private static string TabName(string target) => target.Substring(5).Trim().ToLowerInvariant();

    private static bool IsIncludeText(string text, int start) =>
        start >= 0 && string.Compare(text, start, "[!INCLUDE", 0, 9, StringComparison.OrdinalIgnoreCase) == 0;
}
