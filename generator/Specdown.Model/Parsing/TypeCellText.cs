using System;
using System.Text;

namespace Specdown.Model.Parsing;

/// <summary>
/// The plain reading of a Type cell: inline Markdown and HTML removed (<c>**</c>, backticks, <c>&lt;br&gt;</c>, tags,
/// entities), the first link replaced by its text and remembered, white space collapsed.
/// </summary>
internal sealed class TypeCellText
{
    private TypeCellText(string text, string? linkText, string? linkTarget, string? linkLabel, int linkCount)
    {
        Text = text;
        LinkText = linkText;
        LinkTarget = linkTarget;
        LinkLabel = linkLabel;
        LinkCount = linkCount;
    }

    /// <summary>The cell as plain text; the first link stands as its text.</summary>
    public string Text { get; }

    /// <summary>The text of the first link (plain), or null.</summary>
    public string? LinkText { get; }

    /// <summary>The target of the first inline link, or null (reference links have none here).</summary>
    public string? LinkTarget { get; }

    /// <summary>The label of a reference link (<c>[text][label]</c>; empty label means the text), or null.</summary>
    public string? LinkLabel { get; }

    public int LinkCount { get; }

    [ThreadStatic]
    private static char[]? _buffer;

    [ThreadStatic]
    private static StringBuilder? _builder;

    public static TypeCellText Read(string raw)
    {
        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        string? linkText = null;
        string? linkTarget = null;
        string? linkLabel = null;
        var linkCount = 0;
        var finder = new TypeCellFinder(raw);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '[' && TryLink(raw, finder, i, out var text, out var target, out var label, out var next))
            {
                linkCount++;
                if (linkText is null)
                {
                    linkText = Strip(text);
                    linkTarget = target;
                    linkLabel = label;
                }

                builder.Append(Strip(text));
                i = next;
                continue;
            }

            builder.Append(c);
            i++;
        }

        var plain = linkCount == 0 ? raw : builder.ToString();
        return new TypeCellText(Strip(plain), linkText, linkTarget, linkLabel, linkCount);
    }

    /// <summary>Removes emphasis, code marks, HTML tags and entities; collapses white space (one pass, no copies).</summary>
    private static string Strip(string text)
    {
        var buffer = _buffer is { } cached && cached.Length >= text.Length ? cached : _buffer = new char[Math.Max(64, text.Length)];
        var writer = new CollapsingWriter(buffer);
        var finder = new TypeCellFinder(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' || c == '`' || (c == '_' && (i + 1 < text.Length && text[i + 1] == '_')))
            {
                if (c == '_')
                {
                    i++;
                }

                continue;
            }

            if (c == '<')
            {
                var close = finder.Next('>', i + 1);
                if (close > i && IsTag(text, i + 1, close))
                {
                    writer.Append(' ');
                    i = close;
                    continue;
                }
            }

            if (c == '&' && TryEntity(text, i, out var decoded, out var end))
            {
                writer.Append(decoded);
                i = end;
                continue;
            }

            writer.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        var result = new ReadOnlySpan<char>(buffer, 0, writer.Length);
        return result.SequenceEqual(text.AsSpan()) ? text : StringTable.Get(result);
    }

    private static bool IsTag(string text, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        var first = text[start];
        return char.IsLetter(first) || first == '/' || first == '!';
    }

    private static bool TryEntity(string text, int i, out char decoded, out int end)
    {
        decoded = ' ';
        end = text.IndexOf(';', i, Math.Min(10, text.Length - i));
        if (end < 0)
        {
            return false;
        }

        var entity = text.AsSpan(i, end - i + 1);
        if (entity.SequenceEqual("&nbsp;".AsSpan()))
        {
            decoded = ' ';
        }
        else if (entity.SequenceEqual("&lt;".AsSpan()))
        {
            decoded = '<';
        }
        else if (entity.SequenceEqual("&gt;".AsSpan()))
        {
            decoded = '>';
        }
        else if (entity.SequenceEqual("&amp;".AsSpan()))
        {
            decoded = '&';
        }
        else if (entity.SequenceEqual("&#124;".AsSpan()))
        {
            decoded = '|';
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads <c>[text](target)</c>, <c>[text][label]</c> or <c>[text][]</c> at <paramref name="i"/>.</summary>
    private static bool TryLink(string raw, TypeCellFinder finder, int i, out string text, out string? target, out string? label, out int next)
    {
        text = string.Empty;
        target = null;
        label = null;
        next = i;
        var close = finder.Next(']', i + 1);
        if (close < 0)
        {
            return false;
        }

        text = StringTable.Get(raw, i + 1, close - i - 1);
        var opener = close + 1 < raw.Length ? raw[close + 1] : '\0';
        if (opener != '(' && opener != '[')
        {
            // A shortcut reference link, [text], resolved by the page's link definitions.
            label = text;
            next = close + 1;
            return text.AsSpan().Trim().Length > 0;
        }

        var closer = opener == '(' ? ')' : opener == '[' ? ']' : '\0';
        var end = finder.Next(closer, close + 2);
        if (end < 0)
        {
            return false;
        }

        var inside = raw.AsSpan(close + 2, end - close - 2).Trim();
        if (opener == '(')
        {
            var space = inside.IndexOf(' ');
            target = StringTable.Get((space > 0 ? inside.Slice(0, space) : inside).Trim("<>".AsSpan()));
        }
        else
        {
            label = inside.Length == 0 ? text : StringTable.Get(inside);
        }

        next = end + 1;
        return true;
    }
}
