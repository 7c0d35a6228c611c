using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// Pipe tables recognised at block level. Markdig's own extension finds tables while it parses the inlines of every
/// paragraph (a delimiter inline per <c>|</c> and per line break, then a rebuild of the inline tree), which doubles
/// the cost of the whole parse; reference pages are mostly tables and prose, so this extension instead looks at each
/// paragraph once when it closes and, when every line has a column delimiter and the second line is a header
/// separator (Markdig's rules), replaces it by a <see cref="SourceTable"/> (a Markdig <see cref="Table"/>) that keeps
/// its rows as spans of the page text. Only a cell with markup gets a paragraph over its source text, whose inlines
/// are then read by <see cref="SimpleInlineReader"/> or Markdig's inline parser with exact source positions. Cells are
/// split by <see cref="TableRowSplitter"/>: escaped pipes and pipes inside code spans do not split.
/// </summary>
internal sealed class BlockPipeTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.PreciseSourceLocation = true;
        if (!pipeline.BlockParsers.Contains<PipeTableBlockParser>())
        {
            // Keeps a separator line such as "- | -" inside its paragraph instead of opening a list item.
            pipeline.BlockParsers.Insert(0, new PipeTableBlockParser());
        }

        var paragraphs = pipeline.BlockParsers.FindExact<ParagraphBlockParser>();
        if (paragraphs != null)
        {
            paragraphs.Closed -= OnParagraphClosed;
            paragraphs.Closed += OnParagraphClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnParagraphClosed(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock paragraph || paragraph.Parent is not { } parent)
        {
            return;
        }

        var table = PipeTableBuilder.TryBuild(paragraph);
        if (table == null)
        {
            return;
        }

        var index = parent.IndexOf(paragraph);
        if (index >= 0)
        {
            parent.RemoveAt(index);
            parent.Insert(index, table);
        }
    }
}
