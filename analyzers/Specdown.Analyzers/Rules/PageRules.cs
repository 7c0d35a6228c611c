using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// The rules that read one page and nothing else (no doc set): they can run as soon as the page is parsed. What the
/// rules that need the doc set (<see cref="DocSetRules"/>) read is kept by <see cref="Slim"/>; the rest of the page can be
/// dropped, which is how <c>specdown check</c> keeps its memory small.
/// </summary>
public static class PageRules
{
    /// <summary>The parser's diagnostics of <paramref name="page"/> and every page-local rule's.</summary>
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        output.AddRange(page.Diagnostics);
        PlaceholderTextRule.Check(page, output);
        BodylessStatusRule.Check(page, output);
        ContentLengthRule.Check(page, output);
        MalformedHttpRule.Check(page, output);
        RequiredPropertyRule.Check(page, output);
        InvalidJsonRule.Check(page, output);
        StatusProseRule.Check(page, output);
        RefBodyRule.Check(page, output);
        AnnotationRule.Check(page, output);
    }

    /// <summary>
    /// The anchors links can point at on <paramref name="page"/> (headings, HTML anchors): collect them before
    /// <see cref="Slim"/> and give them to <see cref="DocSetRules"/>.
    /// </summary>
    public static HashSet<string> Anchors(PageModel page) => BrokenLinkRule.Anchors(page);

    /// <summary>
    /// The page with only what <see cref="DocSet.Create"/> and <see cref="DocSetRules"/> read (path, kind, types, enums,
    /// operation without request headers and path segments, examples without body text and headers, the links that can be broken; the table headings and code-block
    /// annotations of pages that define types). A doc-set rule that starts reading more of a page must be reflected here
    /// (<c>CheckPipelineTests</c> compare both ways on every fixture). After
    /// <see cref="Check"/> and <see cref="Anchors"/>, the rules give the same results on the slim page as on the full one.
    /// </summary>
    public static PageModel Slim(PageModel page)
    {
        var definesTypes = !page.Types.IsEmpty;
        return page with
        {
            FrontMatter = default,
            Headings = default,
            PageAnnotations = default,
            TextBlocks = default,
            Links = new EquatableArray<LinkRef>(BrokenLinkRule.CheckedLinks(page).ToArray()),
            Tables = definesTypes ? SlimTables(page.Tables) : default,
            CodeBlocks = definesTypes ? SlimCodeBlocks(page.CodeBlocks) : default,
            Operation = SlimOperation(page.Operation),
            Examples = SlimExamples(page.Examples),
            ExamplePairs = default,
            Diagnostics = default,
            Accounting = default,
        };
    }

    /// <summary>The operation without its request headers and parsed path segments (the doc-set rules read the templates).</summary>
    private static OperationModel? SlimOperation(OperationModel? operation)
    {
        if (operation is null)
        {
            return null;
        }

        var paths = new HttpPath[operation.Paths.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = operation.Paths[i] with { Segments = default };
        }

        return operation with { Paths = new EquatableArray<HttpPath>(paths), RequestHeaders = default };
    }

    /// <summary>The tables without their cells (the doc-set rules read a table's heading and lines only).</summary>
    private static EquatableArray<DocTable> SlimTables(EquatableArray<DocTable> tables)
    {
        var slim = new DocTable[tables.Count];
        for (var i = 0; i < slim.Length; i++)
        {
            slim[i] = tables[i] with { Header = default, Rows = default };
        }

        return new EquatableArray<DocTable>(slim);
    }

    /// <summary>The code blocks without their content (the doc-set rules read their annotations only).</summary>
    private static EquatableArray<CodeBlock> SlimCodeBlocks(EquatableArray<CodeBlock> blocks)
    {
        var slim = new CodeBlock[blocks.Count];
        for (var i = 0; i < slim.Length; i++)
        {
            slim[i] = blocks[i] with { Content = string.Empty };
        }

        return new EquatableArray<CodeBlock>(slim);
    }

    /// <summary>The examples without what only the page-local rules read (body text, headers, syntax issues).</summary>
    private static EquatableArray<HttpExample> SlimExamples(EquatableArray<HttpExample> examples)
    {
        if (examples.IsEmpty)
        {
            return examples;
        }

        var slim = new HttpExample[examples.Count];
        for (var i = 0; i < slim.Length; i++)
        {
            slim[i] = examples[i] with { Body = null, Headers = default, SyntaxIssues = default };
        }

        return new EquatableArray<HttpExample>(slim);
    }
}
