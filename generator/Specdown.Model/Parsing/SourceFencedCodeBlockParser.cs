using Markdig.Parsers;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// Markdig's fenced code parser, except that a fence at the start of a top-level line does not have its content lines
/// copied into the block (Markdig grows a line array for every code block, a quarter of the corpus' lines): it records
/// the first and last content line instead, and the parser reads them from the page text (<see cref="CodeLines"/>).
/// Fences that are indented or inside lists and quotes keep Markdig's lines (their lines are stripped of prefixes).
/// </summary>
internal sealed class SourceFencedCodeBlockParser : FencedCodeBlockParser
{
    protected override FencedCodeBlock CreateFencedBlock(BlockProcessor processor) =>
        processor.TrackTrivia ? base.CreateFencedBlock(processor) : new SourceFencedCodeBlock(this) { IndentCount = processor.Indent };

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var state = base.TryContinue(processor, block);
        if (state != BlockState.Continue || block is not SourceFencedCodeBlock { IndentCount: 0, Parent: MarkdownDocument } code ||
            code.Lines.Count > 0)
        {
            return state;
        }

        if (code.FirstContentLine < 0)
        {
            code.FirstContentLine = processor.LineIndex;
        }

        code.LastContentLine = processor.LineIndex;
        return BlockState.ContinueDiscard;
    }
}
