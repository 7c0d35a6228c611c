using System;
using System.Collections.Generic;
using System.Threading;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// The steps of one parse: Markdig, front matter, the block walk, then the page-level results (kind, title checks,
/// example pairs, operation, types, enums) and the accounting.
/// </summary>
internal static class PageAssembler
{
    public static PageModel Assemble(string path, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, PageParser.Pipeline);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses absurd nesting (thousands of '>' or list levels) with an ArgumentException.
            return PageParser.Failed(path, text, RuleIds.InputLimitExceeded, "the page is not read: " + exception.Message);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var context = new PageContext(new LineMap(path, text, document.LineStartIndexes), cancellationToken);
        var walker = new PageWalker(context);
        ReadFrontMatter(context, document, walker);
        var docType = context.GetFrontMatter("doc_type");
        context.DocTypeKind = PageKindResolver.FromDocType(docType);
        walker.Walk(document);
        context.DropPendingAnnotation();
        return Finish(context, docType);
    }

    private static void ReadFrontMatter(PageContext context, MarkdownDocument document, PageWalker walker)
    {
        YamlFrontMatterBlock? yaml = null;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock found)
            {
                yaml = found;
                break;
            }
        }

        var map = context.Map;
        if (yaml != null)
        {
            var endLine = map.GetPosition(Math.Max(yaml.Span.End, yaml.Span.Start)).Line;
            walker.SkipThroughLine = FrontMatterReader.Read(context, yaml.Line + 1, endLine, true);
            return;
        }

        var firstLine = FirstNonBlankLine(map);
        if (firstLine > 0 && map.LineText(firstLine).TrimEnd() == "---" && LooksLikeYaml(map, firstLine + 1))
        {
            walker.SkipThroughLine = FrontMatterReader.Read(context, firstLine, map.LineCount, false);
            return;
        }

        context.Report(RuleIds.FrontMatterProblem, LocationInfo.FileStart(context.Path), "the page has no front matter");
    }

    private static PageModel Finish(PageContext context, string? docType)
    {
        var kind = PageKindResolver.Resolve(context, docType);
        if (context.TitleCount == 0)
        {
            context.Report(RuleIds.TitleProblem, LocationInfo.FileStart(context.Path), "the page has no H1 title");
        }

        var pairs = ExamplePairing.Pair(context.Path, context.Examples);
        var operation = kind == PageKind.Api ? OperationBuilder.Build(context) : null;
        var types = kind == PageKind.Resource ? ResourceBuilder.Build(context) : new List<TypeDefinition>();
        var enums = EnumBuilder.Build(context, kind);
        var tables = new DocTable[context.Tables.Count];
        for (var i = 0; i < tables.Length; i++)
        {
            tables[i] = context.Tables[i].Table;
        }

        return new PageModel(
            context.Path,
            kind,
            docType,
            context.Title,
            context.TitleLocation,
            context.Namespace,
            context.FrontMatter,
            context.Headings,
            context.PageAnnotations,
            context.TextBlocks,
            context.Links,
            tables,
            context.CodeBlocks,
            context.Examples,
            pairs,
            operation,
            types,
            enums,
            context.Diagnostics,
            context.Ledger.ToRuns());
    }

    private static int FirstNonBlankLine(LineMap map)
    {
        for (var line = 1; line <= map.LineCount; line++)
        {
            if (map.LineText(line).Trim().Length > 0)
            {
                return line;
            }
        }

        return 0;
    }

    private static bool LooksLikeYaml(LineMap map, int line) =>
        line <= map.LineCount && map.LineText(line).IndexOf(':') > 0;
}
