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
        var lines = new CodeLines(block, map);
        var startLine = block.Line + 1;
        var endOffset = isClosed ? block.Span.End + 1 : EndOfLastLine(block, lines);
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

    private static string Content(CodeLines lines)
    {
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        if (lines.Count == 1)
        {
            return lines.Text(0).Substring(lines.Start(0), lines.End(0) - lines.Start(0));
        }

        if (IsContiguous(lines))
        {
            var first = lines.Start(0);
            return lines.Text(0).Substring(first, lines.End(lines.Count - 1) - first);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var start = lines.Start(i);
            var length = lines.End(i) - start;
            if (length > 0)
            {
                builder.Append(lines.Text(i), start, length);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the lines follow each other in the source separated by a single LF (no CR, no stripped indent).</summary>
    private static bool IsContiguous(CodeLines lines)
    {
        var text = lines.Text(0);
        for (var i = 1; i < lines.Count; i++)
        {
            var start = lines.Start(i);
            if (!ReferenceEquals(lines.Text(i), text) || start - lines.End(i - 1) != 1 || text[start - 1] != '\n')
            {
                return false;
            }
        }

        return true;
    }

    private static LocationInfo ContentLocation(LineMap map, CodeLines lines, LocationInfo blockLocation)
    {
        if (lines.Count == 0)
        {
            return blockLocation with { Length = 0, EndLine = blockLocation.StartLine, EndColumn = blockLocation.StartColumn };
        }

        var first = lines.Start(0);
        var end = Math.Max(first, lines.End(lines.Count - 1));
        return map.GetLocation(first, end - first);
    }

    private static int EndOfLastLine(MarkdigCodeBlock block, CodeLines lines) =>
        lines.Count == 0 ? block.Span.End + 1 : Math.Max(lines.End(lines.Count - 1), block.Span.End + 1);
}
