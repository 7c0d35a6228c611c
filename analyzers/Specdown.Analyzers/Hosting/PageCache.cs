using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Specdown.Model;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Hosting;

/// <summary>
/// Parsed pages per AdditionalText, shared by the documentation and drift analyzers of a compilation and reused by the
/// next compilation while the file's text is the same <see cref="SourceText"/>. Weak keys: nothing outlives the texts.
/// </summary>
internal static class PageCache
{
    private static readonly ConditionalWeakTable<AdditionalText, Entry> Entries = new();
    private static readonly object Gate = new();

    /// <summary>The page parsed from <paramref name="file"/>, or null when its text is not available.</summary>
    public static PageModel? Get(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return null;
        }

        if (Entries.TryGetValue(file, out var entry) && ReferenceEquals(entry.Text, text))
        {
            return entry.Page;
        }

        var page = PageParser.Parse(file.Path, text.ToString(), cancellationToken);
        lock (Gate)
        {
            Entries.Remove(file);
            Entries.Add(file, new Entry(text, page));
        }

        return page;
    }

    private sealed class Entry
    {
        public Entry(SourceText text, PageModel page)
        {
            Text = text;
            Page = page;
        }

        public SourceText Text { get; }

        public PageModel Page { get; }
    }
}
