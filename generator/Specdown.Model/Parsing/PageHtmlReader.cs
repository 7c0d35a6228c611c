using System;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads an HTML block: each <c>&lt;!-- --&gt;</c> comment goes through <see cref="AnnotationReader"/>; page annotations
/// are kept on the page, block annotations wait for their code fence; plain comments and other HTML become
/// <see cref="TextBlockKind.Html"/> text blocks.
/// </summary>
internal static class PageHtmlReader
{
    public static void Read(PageContext context, HtmlBlock html)
    {
        var map = context.Map;
        var text = map.Text;
        var start = html.Span.Start;
        var end = Math.Min(text.Length, Math.Max(html.Span.End + 1, start));
        var firstLine = html.Line + 1;
        var lastLine = map.GetPosition(Math.Max(start, end - 1)).Line;
        context.Ledger.Set(firstLine, lastLine, "html");
        var other = false;
        var position = start;
        while (position < end)
        {
            var open = text.IndexOf("<!--", position, end - position, StringComparison.Ordinal);
            if (open < 0)
            {
                other |= HasContent(text, position, end);
                break;
            }

            other |= HasContent(text, position, open);
            var close = open + 4 <= end ? text.IndexOf("-->", open + 4, end - open - 4, StringComparison.Ordinal) : -1;
            var commentEnd = close < 0 ? end : close + 3;
            ReadComment(context, open, commentEnd);
            position = commentEnd;
        }

        if (other || !HasAnnotationOnly(context, firstLine, lastLine))
        {
            var content = text.Substring(start, end - start).Trim();
            if (content.IndexOf('\r') >= 0)
            {
                content = content.Replace("\r\n", "\n").Replace('\r', '\n');
            }

            var location = map.GetLocation(start, end - start);
            context.TextBlocks.Add(new TextBlock(TextBlockKind.Html, content, context.Sections.Kind, location));
        }
    }

    private static void ReadComment(PageContext context, int open, int end)
    {
        var map = context.Map;
        var annotation = AnnotationReader.Read(map, open, end - open, context.Diagnostics);
        if (annotation == null)
        {
            return;
        }

        var first = map.GetPosition(open).Line;
        var last = map.GetPosition(Math.Max(open, end - 1)).Line;
        context.Ledger.Set(first, last, "annotation");
        if (annotation.IsPageAnnotation)
        {
            context.PageAnnotations.Add(annotation);
            return;
        }

        context.SetPendingAnnotation(annotation, first, last);
    }

    private static bool HasAnnotationOnly(PageContext context, int firstLine, int lastLine)
    {
        for (var line = firstLine; line <= lastLine; line++)
        {
            if (context.Ledger.Get(line) != "annotation")
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasContent(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
