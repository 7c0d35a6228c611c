using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// Paragraphs and headings whose inlines are only text, line breaks, code spans and plain inline links
/// (<c>[text](target)</c>) are not given to Markdig's inline parser: <see cref="SimpleInlineReader"/> reads them
/// straight from the block's lines with the same text, links and link locations Markdig's inlines would give. About 80 %
/// of the corpus' paragraphs and nearly all of its headings are like that; skipping Markdig's inline pass for them
/// saves the inline objects it would build and the model would drop. Anything else (emphasis, escapes, entities, HTML,
/// images, reference links, code spans over several lines...) keeps Markdig's inline pass.
/// </summary>
internal sealed class SimpleInlineExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        Subscribe(pipeline.BlockParsers.FindExact<ParagraphBlockParser>());
        Subscribe(pipeline.BlockParsers.FindExact<HeadingBlockParser>());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Subscribe(BlockParser? parser)
    {
        if (parser != null)
        {
            parser.Closed -= OnClosed;
            parser.Closed += OnClosed;
        }
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is (ParagraphBlock or HeadingBlock) and LeafBlock { ProcessInlines: true } leaf && block.Parent != null &&
            SimpleInlineReader.CanRead(leaf))
        {
            leaf.ProcessInlines = false;
        }
    }
}
