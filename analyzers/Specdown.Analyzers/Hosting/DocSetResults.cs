using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Specdown.Analyzers.Rules;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Hosting;

/// <summary>
/// The rule results of one compilation's Markdown AdditionalFiles, computed once (thread-safe) on first use and grouped
/// by file path. Reads text only through <see cref="AdditionalText.GetText"/>.
/// </summary>
internal sealed class DocSetResults
{
    private readonly ImmutableArray<AdditionalText> _files;
    private readonly object _gate = new();
    private Dictionary<string, List<DiagnosticInfo>>? _byPath;

    public DocSetResults(ImmutableArray<AdditionalText> files) => _files = files;

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The diagnostics located in <paramref name="path"/>.</summary>
    public IReadOnlyList<DiagnosticInfo> For(string path, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _byPath ??= Compute(cancellationToken);
        }

        return _byPath.TryGetValue(path, out var list) ? list : (IReadOnlyList<DiagnosticInfo>)Array.Empty<DiagnosticInfo>();
    }

    /// <summary>Parses every Markdown file and runs the rules over the doc set they form.</summary>
    public static IReadOnlyList<DiagnosticInfo> Run(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var pages = new List<PageModel>();
        var unreadable = new List<DiagnosticInfo>();
        foreach (var file in files)
        {
            if (!IsMarkdown(file.Path))
            {
                continue;
            }

            var page = PageCache.Get(file, cancellationToken);
            if (page is null)
            {
                unreadable.Add(DiagnosticInfo.Create(RuleIds.UnreadableFile, LocationInfo.FileStart(file.Path), "the text is not available"));
                continue;
            }

            pages.Add(page);
        }

        var results = new List<DiagnosticInfo>(RuleRunner.Run(DocSet.Create(pages), cancellationToken));
        results.AddRange(unreadable);
        return results;
    }

    private Dictionary<string, List<DiagnosticInfo>> Compute(CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, List<DiagnosticInfo>>(StringComparer.Ordinal);
        foreach (var info in Run(_files, cancellationToken))
        {
            if (!byPath.TryGetValue(info.Location.FilePath, out var list))
            {
                byPath[info.Location.FilePath] = list = new List<DiagnosticInfo>();
            }

            list.Add(info);
        }

        return byPath;
    }
}
