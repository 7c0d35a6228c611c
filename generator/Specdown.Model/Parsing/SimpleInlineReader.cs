using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads the inlines of a leaf block that holds only text, line breaks, code spans on one line and inline links
/// <c>[text](target)</c> whose target is a plain one-line URL, exactly as <see cref="MarkdigInlines"/> reads Markdig's
/// inlines for them (same text before collapsing, same links, same link spans). <see cref="CanRead"/> decides before
/// Markdig's inline pass; <see cref="Append"/> reads the block afterwards. Whatever is not certain to read the same
/// (emphasis, escapes, entities, HTML and autolinks, images, reference and nested links, unmatched brackets or
/// backticks, link targets with spaces, parentheses, quotes or escapes, tab-expanded lines) makes
/// <see cref="CanRead"/> false, and Markdig parses the block as usual.
/// </summary>
internal static class SimpleInlineReader
{
    /// <summary>Whether <paramref name="leaf"/>'s inlines are simple enough for <see cref="Append"/>.</summary>
    public static bool CanRead(LeafBlock leaf) => Scan(leaf, null, null, null);

    /// <summary>
    /// Appends the text of <paramref name="leaf"/>'s inlines to <paramref name="builder"/> and its links to
    /// <paramref name="links"/> (when given), then gives the lines back to Markdig's pool. Only for a block
    /// <see cref="CanRead"/> accepted, and only once: the lines are gone afterwards.
    /// </summary>
    public static void Append(LeafBlock leaf, LineMap map, StringBuilder builder, List<LinkRef>? links)
    {
        Scan(leaf, map, builder, links);
        MarkdigLineRelease.ReleaseLines(leaf);
    }

    /// <summary>
    /// Walks the block once. Without <paramref name="builder"/> it only checks; with it, it writes what Markdig's inlines
    /// would give: literal text, one space per line break, code span content, link text (links collapsed as
    /// <see cref="MarkdigInlines"/> does).
    /// </summary>
    private static bool Scan(LeafBlock leaf, LineMap? map, StringBuilder? builder, List<LinkRef>? links)
    {
        var lines = leaf.Lines;
        if (lines.Lines == null)
        {
            return false;
        }

        var state = new ScanState
        {
            Link = new OpenLink { Start = -1 },
            Outer = new OpenLink { Start = -1 },
            TabSwitcher = leaf is HeadingBlock && lines.Count == 1,
        };
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder?.Append(' ');
            }

            var slice = lines.Lines[i].Slice;
            if (!ScanLine(slice, ref state, map, builder, links))
            {
                return false;
            }
        }

        return state.Link.Start < 0 && state.Outer.Start < 0 && state.Emphasis.IsEmpty;
    }

    private static bool ScanLine(StringSlice slice, ref ScanState state, LineMap? map, StringBuilder? builder, List<LinkRef>? links)
    {
        var text = slice.Text;
        var end = slice.End;
        if (slice.Length > 0 && text[slice.Start] == '\t')
        {
            // Markdig may have expanded a leading tab into a new string: its offsets are no longer the page's.
            return false;
        }

        var literalStart = slice.Start;
        for (var p = slice.Start; p <= end; p++)
        {
            var c = text[p];
            if (c > '`' || !IsSpecial(c))
            {
                continue;
            }

            builder?.Append(text, literalStart, p - literalStart);
            switch (c)
            {
                case '!':
                    if (p < end && text[p + 1] == '[')
                    {
                        return false;
                    }

                    builder?.Append('!');
                    break;
                case '`':
                    p = ReadCode(text, p, end, builder);
                    if (p < 0)
                    {
                        return false;
                    }

                    break;
                case '[':
                    if (state.Link.Start >= 0)
                    {
                        // "[!INCLUDE [title](path)]": one open bracket may wait while a link forms inside it.
                        if (state.Outer.Start >= 0)
                        {
                            return false;
                        }

                        state.Outer = state.Link;
                    }

                    // The '[' is written as text and taken out again when the link forms (StringBuilder.Remove shifts
                    // in place; an Insert in front would split the shared builder into chunks).
                    builder?.Append('[');
                    state.Link = new OpenLink { Start = p, TextStart = builder?.Length ?? 0, Index = links?.Count ?? 0 };
                    break;
                case ']':
                    if (state.Link.Start < 0)
                    {
                        // No bracket is open: Markdig keeps the ']' as text.
                        builder?.Append(']');
                        break;
                    }

                    p = state.Emphasis.IsOpenInLink ? -1 : CloseLink(text, p, slice.Start, end, state.TabSwitcher, ref state.Link, map, builder, links);
                    if (p < 0)
                    {
                        return false;
                    }

                    // A link inside brackets leaves the outer '[' as text (links do not nest); a later ']' is text too.
                    state.Outer = new OpenLink { Start = -1 };

                    break;
                case '&':
                    p = ReadEntity(text, p, end, builder);
                    if (p < 0)
                    {
                        return false;
                    }

                    break;
                case '*':
                case '_':
                    p = state.Emphasis.Read(text, p, slice.Start, end, state.Link.Start >= 0, builder);
                    if (p < 0)
                    {
                        return false;
                    }

                    break;
                case '<':
                    p = ReadLineBreakTag(text, p, end, builder);
                    if (p < 0)
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }

            literalStart = p + 1;
        }

        builder?.Append(text, literalStart, end + 1 - literalStart);
        return true;
    }

    /// <summary>
    /// Reads the code span opening at <paramref name="open"/>: the next run of exactly as many backticks on the line
    /// closes it (Markdig's rule; a span that would close on a later line, or not at all, is not read here). Returns
    /// the offset of the last closing backtick, or -1.
    /// </summary>
    private static int ReadCode(string text, int open, int end, StringBuilder? builder)
    {
        var p = open;
        while (p <= end && text[p] == '`')
        {
            p++;
        }

        var count = p - open;
        var contentStart = p;
        while (p <= end)
        {
            if (text[p] != '`')
            {
                p++;
                continue;
            }

            var run = p;
            while (p <= end && text[p] == '`')
            {
                p++;
            }

            if (p - run == count)
            {
                AppendCode(text, contentStart, run, builder);
                return p - 1;
            }
        }

        return -1;
    }

    /// <summary>The content of a code span as Markdig gives it (one space stripped at each end when both are spaces).</summary>
    private static void AppendCode(string text, int start, int end, StringBuilder? builder)
    {
        if (builder == null)
        {
            return;
        }

        var length = end - start;
        if (length > 2 && text[start] == ' ' && text[end - 1] == ' ' && !IsAllSpaces(text, start, end))
        {
            start++;
            length -= 2;
        }

        var content = text.AsSpan(start, length);
        if (content.IndexOf("\\|".AsSpan()) < 0)
        {
            builder.Append(text, start, length);
            return;
        }

        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\' && i + 1 < content.Length && content[i + 1] == '|')
            {
                continue;
            }

            builder.Append(content[i]);
        }
    }

    private static bool IsAllSpaces(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Closes the open link at <paramref name="close"/> (<c>]</c>) when <c>(target)</c> follows directly on the line
    /// and the target is a plain URL. Returns the offset of the closing parenthesis, or -1.
    /// </summary>
    private static int CloseLink(string text, int close, int lineStart, int end, bool tabSwitcher, ref OpenLink link, LineMap? map, StringBuilder? builder, List<LinkRef>? links)
    {
        if (link.Start < 0 || close + 1 > end || text[close + 1] != '(')
        {
            return -1;
        }

        var targetStart = close + 2;
        var p = targetStart;
        while (p <= end && IsTargetChar(text[p]))
        {
            p++;
        }

        if (p > end || text[p] != ')' || p == targetStart)
        {
            // No closing parenthesis on the line, a character Markdig would treat specially, or an empty target.
            return -1;
        }

        if (IsTabTarget(text, targetStart) && !(tabSwitcher && link.Start == lineStart && p == end))
        {
            // A tab-switcher link is read here only when it is a heading's whole content (PageHeadingReader then
            // knows the tab from the link alone); anywhere else Markdig's inlines show what surrounds it.
            return -1;
        }

        if (builder != null && links != null && map != null)
        {
            var linkText = MarkdigInlines.Collapse(builder, link.TextStart);
            var target = StringTable.Get(text, targetStart, p - targetStart);
            links.Insert(link.Index, new LinkRef(linkText, target, map.GetLocation(link.Start, p - link.Start + 1)));
        }

        builder?.Remove(link.TextStart - 1, 1);

        link = new OpenLink { Start = -1 };
        return p;
    }

    /// <summary>
    /// Reads <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c> (any case) at <paramref name="open"/>, an HTML
    /// inline MarkdigInlines reads as a space. Returns the offset of the <c>&gt;</c>, or -1 for anything else.
    /// </summary>
    private static int ReadLineBreakTag(string text, int open, int end, StringBuilder? builder)
    {
        var p = open + 1;
        if (p + 1 > end || (text[p] != 'b' && text[p] != 'B') || (text[p + 1] != 'r' && text[p + 1] != 'R'))
        {
            return -1;
        }

        p += 2;
        while (p <= end && text[p] == ' ')
        {
            p++;
        }

        if (p <= end && text[p] == '/')
        {
            p++;
        }

        if (p > end || text[p] != '>')
        {
            return -1;
        }

        builder?.Append(' ');
        return p;
    }

    /// <summary>
    /// Reads the entity at <paramref name="amp"/> when it is one of the five the corpus uses (<c>&amp;lt;</c>,
    /// <c>&amp;gt;</c>, <c>&amp;amp;</c>, <c>&amp;quot;</c>, <c>&amp;nbsp;</c>), writing the character Markdig decodes
    /// it to, or an <c>&amp;</c> followed by white space (text). Returns the offset of its last character, or -1.
    /// </summary>
    private static int ReadEntity(string text, int amp, int end, StringBuilder? builder)
    {
        if (amp == end || text[amp + 1] == ' ')
        {
            builder?.Append('&');
            return amp;
        }

        var (name, value) = EntityAt(text, amp + 1, end);
        if (name == 0)
        {
            return -1;
        }

        builder?.Append(value);
        return amp + name;
    }

    /// <summary>The length of the entity name with its ';' after the '&amp;' at <paramref name="start"/>, and its character.</summary>
    private static (int Length, char Value) EntityAt(string text, int start, int end)
    {
        foreach (var (name, value) in Entities)
        {
            if (start + name.Length - 1 <= end && string.CompareOrdinal(text, start, name, 0, name.Length) == 0)
            {
                return (name.Length, value);
            }
        }

        return (0, '\0');
    }

    private static readonly (string Name, char Value)[] Entities =
    {
        ("lt;", '<'), ("gt;", '>'), ("amp;", '&'), ("quot;", '"'), ("nbsp;", '\u00a0'),
    };

    /// <summary>Whether the link target at <paramref name="start"/> is a tab switcher's (<c>#tab/...</c>).</summary>
    internal static bool IsTabTarget(string text, int start) =>
        string.Compare(text, start, "#tab/", 0, 5, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsTargetChar(char c) =>
        c > ' ' && c != '(' && c != ')' && c != '<' && c != '>' && c != '\\' && c != '&' && c != '"' && c != '\'' &&
        c != '[' && c != ']' && c != '`' && c != '\u007f';

    /// <summary>The characters at or below <c>`</c> that need a look: what opens or closes an inline, and NUL.</summary>
    private static bool IsSpecial(char c) =>
        c is '!' or '`' or '[' or ']' or '&' or '\\' or '*' or '_' or '<' or '\0';

    private struct ScanState
    {
        public OpenLink Link;

        /// <summary>A bracket left open when <see cref="Link"/> opened inside it.</summary>
        public OpenLink Outer;

        /// <summary>Whether a link to <c>#tab/...</c> may be read (a one-line heading, when it is all of it).</summary>
        public bool TabSwitcher;

        public EmphasisRuns Emphasis;
    }

    private struct OpenLink
    {
        /// <summary>The offset of the <c>[</c>, or -1 when no link is open.</summary>
        public int Start;

        /// <summary>Where the link text starts in the output.</summary>
        public int TextStart;

        /// <summary>Where the link goes in the link list (before links its text would hold, as MarkdigInlines does).</summary>
        public int Index;
    }
}
