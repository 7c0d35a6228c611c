using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Specdown.Model;
using Specdown.Model.Parsing;

namespace Specdown.Generator.Pipeline;

/// <summary>Reads and parses one AdditionalText; never throws (an unreadable or unparsable page yields null).</summary>
internal static class PageReader
{
    public static bool IsMarkdown(AdditionalText text) =>
        text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

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
