using System.Collections.Generic;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Specdown.Model.Parsing;

/// <summary>
/// Turns Markdig inlines into plain text (markup removed, <c>&lt;br&gt;</c> and soft breaks as spaces, code spans kept
/// with <c>\|</c> unescaped) and collects the links they contain.
/// </summary>
internal static class MarkdigInlines
{
    /// <summary>The plain text of a leaf block's inlines; links are added to <paramref name="links"/> when given.</summary>
    public static string PlainText(LeafBlock block, LineMap map, StringBuilder scratch, List<LinkRef>? links)
    {
        scratch.Clear();
        if (block.Inline != null)
        {
            Append(block.Inline, map, scratch, links);
        }
        else if (block is ParagraphBlock or HeadingBlock)
        {
            // A block whose inline pass was skipped (SimpleInlineExtension).
            SimpleInlineReader.Append(block, map, scratch, links);
        }

        return Collapse(scratch);
    }

    private static void Append(ContainerInline container, LineMap map, StringBuilder builder, List<LinkRef>? links)
    {
        for (var inline = container.FirstChild; inline != null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var slice = literal.Content;
                    if (slice.Length > 0)
                    {
                        builder.Append(slice.Text, slice.Start, slice.Length);
                    }

                    break;
                case CodeInline code:
                    AppendCode(builder, code.Content);
                    break;
                case LinkInline link:
                    AppendLink(link, map, builder, links);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    links?.Add(new LinkRef(autolink.Url ?? string.Empty, autolink.Url ?? string.Empty, Location(map, inline)));
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlInline html:
                    if (IsBreak(html.Tag))
                    {
                        builder.Append(' ');
                    }

                    break;
                case HtmlEntityInline entity:
                    var transcoded = entity.Transcoded;
                    builder.Append(transcoded.Text, transcoded.Start, transcoded.Length);
                    break;
                case ContainerInline child:
                    Append(child, map, builder, links);
                    break;
            }
        }
    }

    private static void AppendLink(LinkInline link, LineMap map, StringBuilder builder, List<LinkRef>? links)
    {
        var start = builder.Length;
        var index = links?.Count ?? 0;
        Append(link, map, builder, links);
        if (links != null)
        {
            var text = Collapse(builder, start);
            var target = link.Url ?? link.Reference?.Url ?? string.Empty;
            links.Insert(index, new LinkRef(text, target, Location(map, link)));
        }
    }

    private static void AppendCode(StringBuilder builder, string content)
    {
        var escape = content.IndexOf("\\|", System.StringComparison.Ordinal);
        builder.Append(escape < 0 ? content : content.Replace("\\|", "|"));
    }

    private static bool IsBreak(string? tag) =>
        tag != null && tag.Length >= 4 && (tag[1] == 'b' || tag[1] == 'B') && (tag[2] == 'r' || tag[2] == 'R') &&
        (tag.Length == 4 || tag[3] == '/' || tag[3] == ' ');

    public static Diagnostics.LocationInfo Location(LineMap map, Inline inline) =>
        map.GetLocation(inline.Span.Start, inline.Span.Length);

    /// <summary>The text from <paramref name="start"/> with white space runs as one space, trimmed.</summary>
    internal static string Collapse(StringBuilder builder, int start = 0)
    {
        if (!NeedsCollapse(builder, start))
        {
            return StringTable.Get(builder, start, builder.Length - start);
        }

        var result = new StringBuilder(builder.Length - start);
        var pendingSpace = false;
        for (var i = start; i < builder.Length; i++)
        {
            var c = builder[i];
            if (IsSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return StringTable.Get(result, 0, result.Length);
    }

    private static bool NeedsCollapse(StringBuilder builder, int start)
    {
        var length = builder.Length;
        if (length == start)
        {
            return false;
        }

        if (IsSpace(builder[start]) || IsSpace(builder[length - 1]))
        {
            return true;
        }

        var previousSpace = false;
        for (var i = start; i < length; i++)
        {
            var c = builder[i];
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return true;
                }

                previousSpace = true;
            }
            else if (IsSpace(c))
            {
                return true;
            }
            else
            {
                previousSpace = false;
            }
        }

        return false;
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
}
