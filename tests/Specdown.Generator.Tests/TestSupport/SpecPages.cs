using Specdown.Model;
using Specdown.Model.Parsing;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Parses folders of pages for tests (in parallel for the corpus).</summary>
internal static class SpecPages
{
    public static List<PageModel> Parse(string folder, string prefix)
    {
        var files = Paths.ReadMarkdown(folder, prefix);
        var pages = new PageModel[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = PageParser.Parse(files[i].Path, files[i].Text));
        return pages.ToList();
    }

    private static readonly Lazy<List<PageModel>> CorpusPages = new(() => Parse(Paths.Corpus()!, string.Empty));

    /// <summary>The parsed corpus, shared by the corpus tests of one run.</summary>
    public static List<PageModel> Corpus() => CorpusPages.Value;

    public static List<PageModel> Spec() => Parse(Paths.SpecFolder, "spec/");
}
