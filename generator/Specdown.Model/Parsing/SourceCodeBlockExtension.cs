using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Specdown.Model.Parsing;

/// <summary>Puts <see cref="SourceFencedCodeBlockParser"/> in the place of Markdig's fenced code parser.</summary>
internal sealed class SourceCodeBlockExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<SourceFencedCodeBlockParser>())
        {
            pipeline.BlockParsers.Replace<FencedCodeBlockParser>(new SourceFencedCodeBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
