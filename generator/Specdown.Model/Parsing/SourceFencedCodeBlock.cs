using Markdig.Parsers;
using Markdig.Syntax;

namespace Specdown.Model.Parsing;

/// <summary>
/// A fenced code block whose content lines Markdig did not copy (<see cref="SourceFencedCodeBlockParser"/>): a fence at
/// the start of a top-level line, whose content lines are the page's lines unchanged. <see cref="CodeLines"/> reads
/// them from the page text.
/// </summary>
internal sealed class SourceFencedCodeBlock : FencedCodeBlock
{
    public SourceFencedCodeBlock(BlockParser parser)
        : base(parser)
    {
    }

    /// <summary>The 0-based page line of the first content line, or -1 when the block has none.</summary>
    public int FirstContentLine { get; set; } = -1;

    /// <summary>The 0-based page line of the last content line, or -1 when the block has none.</summary>
    public int LastContentLine { get; set; } = -1;

    /// <summary>The number of content lines.</summary>
    public int ContentLineCount => FirstContentLine < 0 ? 0 : LastContentLine - FirstContentLine + 1;
}
