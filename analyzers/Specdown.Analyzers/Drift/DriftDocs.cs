using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Specdown.Analyzers.Hosting;
using Specdown.Analyzers.Paths;
using Specdown.Model;

namespace Specdown.Analyzers.Drift;

/// <summary>
/// What the drift analyzers need from the docs of a compilation (its <c>.md</c> AdditionalFiles): every documented
/// method and path, and the statuses each page documents (Response prose and response examples). Parsed once, lazily,
/// thread-safe.
/// </summary>
internal sealed class DriftDocs
{
    private readonly ImmutableArray<AdditionalText> _files;
    private readonly object _gate = new();
    private List<(string Method, string Template, List<string> Segments)>? _paths;
    private Dictionary<string, HashSet<int>>? _statusesByPage;

    public DriftDocs(ImmutableArray<AdditionalText> files) => _files = files;

    /// <summary>Whether the compilation has any Markdown docs at all (without docs, drift is not checked).</summary>
    public bool HasDocs
    {
        get
        {
            foreach (var file in _files)
            {
                if (DocSetResults.IsMarkdown(file.Path))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether <paramref name="method"/> (null: any) and <paramref name="route"/> match a documented path.</summary>
    public bool IsDocumented(string? method, string route, CancellationToken cancellationToken)
    {
        Load(cancellationToken);
        var segments = PathSplitter.Split(route);
        foreach (var path in _paths!)
        {
            if ((method is null || string.Equals(path.Method, method, StringComparison.OrdinalIgnoreCase))
                && PathMatcher.Matches(segments, path.Segments))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The statuses documented by the page whose path ends with <paramref name="sourcePage"/>, or null if no such page.</summary>
    public HashSet<int>? StatusesOf(string sourcePage, CancellationToken cancellationToken)
    {
        Load(cancellationToken);
        var wanted = Normalize(sourcePage);
        foreach (var pair in _statusesByPage!)
        {
            if (pair.Key.EndsWith(wanted, StringComparison.OrdinalIgnoreCase) || wanted.EndsWith(pair.Key, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    private void Load(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_paths is not null)
            {
                return;
            }

            var paths = new List<(string, string, List<string>)>();
            var statuses = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in _files)
            {
                if (!DocSetResults.IsMarkdown(file.Path) || PageCache.Get(file, cancellationToken) is not { } page)
                {
                    continue;
                }

                foreach (var path in page.Operation?.Paths ?? default)
                {
                    paths.Add((path.Method, path.Template, PathSplitter.Split(path.Template)));
                }

                statuses[Normalize(file.Path)] = Statuses(page);
            }

            _statusesByPage = statuses;
            _paths = paths;
        }
    }

    private static HashSet<int> Statuses(PageModel page)
    {
        var set = new HashSet<int>();
        if (page.Operation?.Response?.StatusCode is int documented)
        {
            set.Add(documented);
        }

        foreach (var example in page.Examples)
        {
            if (example.IsResponse && example.StatusCode is int status)
            {
                set.Add(status);
            }
        }

        return set;
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');
}
