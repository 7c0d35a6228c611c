using System;
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
        var length = builder.Length - start;
        if (length <= 0)
        {
            return string.Empty;
        }

        var chars = CollapseBuffer(length);
        builder.CopyTo(start, chars, 0, length);
        return CollapseInPlace(chars, length);
    }

    /// <summary><paramref name="text"/> with white space runs as one space, trimmed.</summary>
    internal static string Collapse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var chars = CollapseBuffer(text.Length);
        text.CopyTo(chars);
        return CollapseInPlace(chars, text.Length);
    }

    [ThreadStatic]
    private static char[]? _collapse;

    private const string DoubleSpace = "  ";

    private static char[] CollapseBuffer(int length)
    {
        var chars = _collapse;
        if (chars == null || chars.Length < length)
        {
            chars = new char[Math.Max(length, 256)];
            if (length <= 1 << 16)
            {
                _collapse = chars;
            }
        }

        return chars;
    }

    /// <summary>Collapses the first <paramref name="length"/> characters of <paramref name="chars"/> where they are.</summary>
    private static string CollapseInPlace(char[] chars, int length)
    {
        var text = new ReadOnlySpan<char>(chars, 0, length);
        if (!IsSpace(text[0]) && !IsSpace(text[length - 1]) && text.IndexOfAny('\t', '\n', '\r') < 0 &&
            text.IndexOf('\u00a0') < 0 && text.IndexOf(DoubleSpace.AsSpan()) < 0)
        {
            // Nothing to collapse (the usual case): vectorised searches instead of a copy loop.
            return StringTable.Get(text);
        }

        // In place: the writer never writes past the character being read.
        var writer = new CollapsingWriter(chars);
        for (var i = 0; i < length; i++)
        {
            var c = chars[i];
            writer.Append(IsSpace(c) ? ' ' : c);
        }

        return StringTable.Get(new ReadOnlySpan<char>(chars, 0, writer.Length));
    }

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
}
