using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MarkdigCodeBlock = Markdig.Syntax.CodeBlock;

namespace Specdown.Model.Parsing;

/// <summary>
/// Walks Markdig's block tree in document order and hands each block to the reader for its kind, keeping the section
/// state and the line ledger current. Cancellation is checked between blocks.
/// </summary>
internal sealed class PageWalker
{
    private readonly PageContext _context;

    public PageWalker(PageContext context) => _context = context;

    /// <summary>Lines [1, <see cref="SkipThroughLine"/>] belong to an unclosed front matter and are not walked.</summary>
    public int SkipThroughLine { get; set; }

    public void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (block.Line + 1 <= SkipThroughLine && block is not YamlFrontMatterBlock and not LinkReferenceDefinitionGroup)
            {
                // A block Markdig opened inside an unclosed front matter may run past it (e.g. a fence): its lines are lost.
                var end = block is MarkdigCodeBlock { Lines.Count: > 0 } code
                    ? System.Math.Max(code.Lines.Lines[code.Lines.Count - 1].Line + 1, EndLine(block))
                    : EndLine(block);
                _context.Ledger.Fill(SkipThroughLine + 1, end, "diagnostic:" + Diagnostics.RuleIds.FrontMatterProblem);
                continue;
            }

            Visit(block);
        }
    }

    private void Visit(Block block)
    {
        switch (block)
        {
            case YamlFrontMatterBlock:
                break;
            case HeadingBlock heading:
                PageHeadingReader.Read(_context, heading);
                break;
            case ParagraphBlock paragraph:
                _context.SkipOverPendingAnnotation();
                ProseReader.ReadParagraph(_context, paragraph, TextBlockKind.Paragraph);
                break;
            case MarkdigCodeBlock code:
                ExampleCodeReader.Read(_context, code);
                MarkdigLineRelease.ReleaseLines(code);
                break;
            case HtmlBlock html:
                PageHtmlReader.Read(_context, html);
                break;
            case Table table:
                _context.DropPendingAnnotation();
                TableReader.Read(_context, table, _context.LastParagraph);
                break;
            case ThematicBreakBlock:
                _context.Sections.CloseTabs();
                MarkLines(block, "separator");
                break;
            case LinkReferenceDefinitionGroup group:
                foreach (var definition in group)
                {
                    MarkLines(definition, "link-definition");
                }

                break;
            case ListBlock list:
                _context.DropPendingAnnotation();
                VisitList(list);
                break;
            case QuoteBlock quote:
                _context.SkipOverPendingAnnotation();
                ProseReader.ReadContainer(_context, quote, TextBlockKind.Quote);
                WalkChildren(quote);
                break;
            case BlankLineBlock:
                break;
            case LeafBlock leaf:
                ProseReader.ReadParagraph(_context, leaf, TextBlockKind.Other);
                break;
            case ContainerBlock container:
                WalkChildren(container);
                break;
        }
    }

    private void VisitList(ListBlock list)
    {
        foreach (var item in list)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (item is ListItemBlock listItem)
            {
                ProseReader.ReadContainer(_context, listItem, TextBlockKind.ListItem);
                WalkChildren(listItem);
            }
            else
            {
                Visit(item);
            }
        }

        _context.Ledger.Fill(list.Line + 1, EndLine(list), "prose");
    }

    /// <summary>Walks the non-paragraph children of a list item or quote (their paragraphs are read as one text).</summary>
    private void WalkChildren(ContainerBlock container)
    {
        foreach (var child in container)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (child is ParagraphBlock)
            {
                continue;
            }

            Visit(child);
        }

        _context.Ledger.Fill(container.Line + 1, EndLine(container), "prose");
    }

    private void MarkLines(Block block, string category) => _context.Ledger.Set(block.Line + 1, EndLine(block), category);

    private int EndLine(Block block) =>
        block.Span.End >= block.Span.Start ? _context.Map.GetPosition(block.Span.End).Line : block.Line + 1;
}
