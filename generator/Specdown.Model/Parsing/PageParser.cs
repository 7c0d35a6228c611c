using System;
using System.Threading;
using Markdig;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Parses one Markdown page into a <see cref="PageModel"/>. Pure and thread-safe; never throws on any input (problems
/// become diagnostics). The Markdig AST does not leave this namespace.
/// </summary>
public static class PageParser
{
    /// <summary>
    /// The one shared, immutable Markdig pipeline: pipe tables (recognised at block level, see
    /// <see cref="BlockPipeTableExtension"/>), YAML front matter, and no Markdig inline pass for paragraphs and headings
    /// with simple inlines (<see cref="SimpleInlineExtension"/>).
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .Use<BlockPipeTableExtension>()
        .Use<SimpleInlineExtension>()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>
    /// Parses <paramref name="text"/> (the content of <paramref name="path"/>). Only cancellation escapes as an
    /// exception; any other failure is a parser bug and yields a page with an SPD0113 diagnostic.
    /// </summary>
    public static PageModel Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        path ??= string.Empty;
        text ??= string.Empty;
        try
        {
            return PageAssembler.Assemble(path, text, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(path, text, RuleIds.UnreadableFile, "internal parser error (" + exception.GetType().Name + ": " + exception.Message + "); please report it");
        }
    }

    /// <summary>A page model that holds only one diagnostic, every line accounted to it.</summary>
    internal static PageModel Failed(string path, string text, string ruleId, string message)
    {
        var map = new LineMap(path, text);
        var diagnostic = DiagnosticInfo.Create(ruleId, LocationInfo.FileStart(path), message);
        var accounting = map.LineCount > 0 && text.Length > 0
            ? new[] { new LineAccount(1, map.LineCount, "diagnostic:" + ruleId) }
            : Array.Empty<LineAccount>();
        return new PageModel(
            path, PageKind.Unknown, null, null, null, null,
            EquatableArray<FrontMatterEntry>.Empty, EquatableArray<Heading>.Empty, EquatableArray<Annotation>.Empty,
            EquatableArray<TextBlock>.Empty, EquatableArray<LinkRef>.Empty, EquatableArray<DocTable>.Empty,
            EquatableArray<CodeBlock>.Empty, EquatableArray<HttpExample>.Empty, EquatableArray<ExamplePair>.Empty,
            null, EquatableArray<TypeDefinition>.Empty, EquatableArray<EnumDefinition>.Empty,
            new[] { diagnostic }, accounting);
    }
}
