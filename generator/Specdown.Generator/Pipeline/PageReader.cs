using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Specdown.Model;
using Specdown.Model.Parsing;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Pipeline;

/// <summary>Reads and parses one AdditionalText; never throws (an unreadable or unparsable page yields null).</summary>
internal static class PageReader
{
    public static bool IsMarkdown(AdditionalText text) =>
        text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The one per-file step of the generator: a Markdown page is parsed and reduced at once to the small records the
    /// cross-file steps use (<see cref="PageData"/>); any other file, or a page that cannot be read, gives
    /// <see cref="PageData.Empty"/>. The parsed model is dropped here.
    /// </summary>
    public static PageData Read(AdditionalText text, PageSettings settings, CancellationToken cancellationToken)
    {
        if (!IsMarkdown(text))
        {
            return PageData.Empty;
        }

        var page = Parse(text, settings.ProjectDirectory, cancellationToken);
        if (page is null)
        {
            return PageData.Empty;
        }

        var spec = PageSpecBuilder.Build(page, settings.BaseUrl);
        var contractTests = settings.ContractTests ? ContractTestSpecBuilder.Build(page) : ContractTestPageSpec.Empty;
        return new PageData(spec, DocSpecBuilder.KeysOf(spec), contractTests);
    }

    /// <param name="projectDirectory">The project directory: the page's path becomes relative to it (see <see cref="ProjectPaths"/>).</param>
    public static PageModel? Parse(AdditionalText text, string? projectDirectory, CancellationToken cancellationToken)
    {
        try
        {
            var source = text.GetText(cancellationToken);
            if (source is null)
            {
                return null;
            }

            return PageParser.Parse(ProjectPaths.Relative(text.Path, projectDirectory), source.ToString(), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>Separators normalised to <c>/</c> so hint names and link resolution do not depend on the OS.</summary>
    public static string NormalizePath(string path) => path.Replace('\\', '/');
}
