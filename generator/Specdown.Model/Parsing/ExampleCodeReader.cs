using System;
using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Specdown.Model.Diagnostics;
using MarkdigCodeBlock = Markdig.Syntax.CodeBlock;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads a code block (fenced or indented) into a <see cref="CodeBlock"/> and decides its role: path list under
/// <c>## HTTP request</c>, request or response example (annotated, or recognised by its place and first line), resource
/// representation, SDK snippet or other code. Unclosed fences are reported (SPD0101).
/// </summary>
internal static class ExampleCodeReader
{
    public static void Read(PageContext context, MarkdigCodeBlock block)
    {
        var map = context.Map;
        var fenced = block as FencedCodeBlock;
        var isClosed = fenced == null || fenced.ClosingFencedCharCount > 0;
        var lines = block.Lines;
        var startLine = block.Line + 1;
        var endOffset = isClosed ? block.Span.End + 1 : EndOfLastLine(block, map);
        endOffset = Math.Max(endOffset, block.Span.Start);
        var location = map.GetLocation(block.Span.Start, endOffset - block.Span.Start);
        var annotation = context.TakeAnnotation(startLine);
        var codeBlock = new CodeBlock(
            context.CodeBlocks.Count,
            fenced?.Info?.Trim() ?? string.Empty,
            Content(lines),
            annotation,
            context.Sections.Kind,
            context.Sections.HeadingText,
            isClosed,
            location,
            ContentLocation(map, lines, location));
        context.CodeBlocks.Add(codeBlock);
        if (!isClosed)
        {
            var end = map.GetPosition(endOffset).Line;
            context.Report(RuleIds.UnclosedFence, map.GetLineLocation(startLine), "line " + end.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var category = Place(context, block, codeBlock);
        context.Ledger.Set(startLine, location.EndLine, category);
    }

    private static string Place(PageContext context, MarkdigCodeBlock block, CodeBlock codeBlock)
    {
        var annotation = codeBlock.Annotation;
        var blockType = annotation?.BlockType;
        var sections = context.Sections;
        if (sections.Kind == SectionKind.HttpRequest && blockType != "request" && blockType != "response" && !sections.InSnippetTab)
        {
            OperationPathReader.Read(context, block);
            return "code:path-list";
        }

        if (blockType == "request" || blockType == "response")
        {
            var kind = blockType == "request" ? HttpExampleKind.Request : HttpExampleKind.Response;
            return AddExample(context, codeBlock, kind, false);
        }

        if (blockType == "resource")
        {
            context.ResourceBlocks.Add(codeBlock);
            return "code:resource";
        }

        if (blockType != null)
        {
            return AccountingCategories.Code(blockType);
        }

        if (annotation != null)
        {
            return "code:annotated";
        }

        return PlaceUnannotated(context, codeBlock);
    }

    private static string PlaceUnannotated(PageContext context, CodeBlock codeBlock)
    {
        var sections = context.Sections;
        if (sections.InSnippetTab)
        {
            return "code:snippet";
        }

        var inExamples = sections.InExamples || sections.Kind is SectionKind.Examples or SectionKind.Request or SectionKind.ResponseExample;
        if (!inExamples)
        {
            return "code:other";
        }

        var firstLine = ExampleFirstLine.Classify(codeBlock.Content);
        if (firstLine != null)
        {
            return AddExample(context, codeBlock, firstLine.Value, true);
        }

        if (!IsHttpOrJson(codeBlock.Info))
        {
            return "code:snippet";
        }

        if (IsJsonOnly(codeBlock.Content) && (sections.Kind == SectionKind.ResponseExample || MentionsResponse(context.LastParagraph)))
        {
            // A bare JSON body under a response heading or a "here is the response" caption: a response without a status line.
            return AddExample(context, codeBlock, HttpExampleKind.Response, true);
        }

        context.Report(RuleIds.UnplacedCodeBlock, codeBlock.Location, "it stands among the examples but is neither an annotated example nor an HTTP request or response");
        return "diagnostic:" + RuleIds.UnplacedCodeBlock;
    }

    private static string AddExample(PageContext context, CodeBlock codeBlock, HttpExampleKind kind, bool recognisedByPlace)
    {
        var example = HttpMessageParser.Parse(context.Map, codeBlock, kind, context.Diagnostics);
        if (example == null)
        {
            context.Report(RuleIds.UnplacedCodeBlock, codeBlock.Location, "the " + (kind == HttpExampleKind.Request ? "request" : "response") + " example could not be read");
            return "diagnostic:" + RuleIds.UnplacedCodeBlock;
        }

        if (recognisedByPlace && !example.IsRecognisedWithoutAnnotation)
        {
            example = example with { IsRecognisedWithoutAnnotation = true };
        }

        context.Examples.Add(example);
        return kind == HttpExampleKind.Request ? "code:example:request" : "code:example:response";
    }

    private static bool IsJsonOnly(string content)
    {
        foreach (var c in content)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c == '{' || c == '[';
            }
        }

        return false;
    }

    private static bool MentionsResponse(string? paragraph) =>
        paragraph != null && paragraph.IndexOf("response", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsHttpOrJson(string info)
    {
        if (info.Length == 0)
        {
            return true;
        }

        var space = info.IndexOf(' ');
        var language = space < 0 ? info.AsSpan() : info.AsSpan(0, space);
        return language.Equals("http".AsSpan(), StringComparison.OrdinalIgnoreCase) || language.Equals("json".AsSpan(), StringComparison.OrdinalIgnoreCase) ||
            language.Equals("msgraph-interactive".AsSpan(), StringComparison.OrdinalIgnoreCase) || language.Equals("text".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    private static string Content(StringLineGroup lines)
    {
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        if (lines.Count == 1)
        {
            return lines.Lines[0].Slice.ToString();
        }

        if (IsContiguous(lines))
        {
            var first = lines.Lines[0].Slice;
            return first.Text.Substring(first.Start, lines.Lines[lines.Count - 1].Slice.End + 1 - first.Start);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var slice = lines.Lines[i].Slice;
            if (slice.Length > 0)
            {
                builder.Append(slice.Text, slice.Start, slice.Length);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the lines follow each other in the source separated by a single LF (no CR, no stripped indent).</summary>
    private static bool IsContiguous(StringLineGroup lines)
    {
        var text = lines.Lines[0].Slice.Text;
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = lines.Lines[i - 1].Slice;
            var current = lines.Lines[i].Slice;
            var gap = previous.Length == 0 ? current.Start - previous.Start : current.Start - previous.End - 1;
            if (!ReferenceEquals(current.Text, text) || gap != 1 || text[current.Start - 1] != '\n')
            {
                return false;
            }
        }

        return true;
    }

    private static LocationInfo ContentLocation(LineMap map, StringLineGroup lines, LocationInfo blockLocation)
    {
        if (lines.Count == 0)
        {
            return blockLocation with { Length = 0, EndLine = blockLocation.StartLine, EndColumn = blockLocation.StartColumn };
        }

        var first = lines.Lines[0].Slice;
        var last = lines.Lines[lines.Count - 1].Slice;
        var end = Math.Max(first.Start, last.End + 1);
        return map.GetLocation(first.Start, end - first.Start);
    }

    private static int EndOfLastLine(MarkdigCodeBlock block, LineMap map)
    {
        var lines = block.Lines;
        if (lines.Count == 0)
        {
            return block.Span.End + 1;
        }

        var last = lines.Lines[lines.Count - 1].Slice;
        return Math.Max(last.End + 1, block.Span.End + 1);
    }
}
