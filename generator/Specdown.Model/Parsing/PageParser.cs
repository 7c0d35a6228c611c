using System;
using System.Threading;
using Markdig;

namespace Specdown.Model.Parsing;

/// <summary>
/// Parses one Markdown page into a <see cref="PageModel"/>. Pure and thread-safe; never throws on any input (problems
/// become diagnostics). The Markdig AST does not leave this namespace.
/// </summary>
public static class PageParser
{
    /// <summary>The one shared, immutable Markdig pipeline: pipe tables and YAML front matter.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    public static PageModel Parse(string path, string text, CancellationToken cancellationToken = default) => throw new NotImplementedException("stub");
}
