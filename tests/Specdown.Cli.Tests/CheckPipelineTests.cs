using Specdown.Cli.Analysis;
using Specdown.Cli.Input;
using Specdown.Cli.Output;
using Specdown.Cli.Stats;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Tests;

/// <summary>
/// The streamed check (page rules while parsing, doc-set rules on slim pages, both in parallel) finds exactly what the
/// plain run of the rules over the full doc set finds (the analyzer's path).
/// </summary>
public class CheckPipelineTests
{
    [Theory]
    [InlineData("Fixtures/widgets")]
    [InlineData("spec")]
    public void Streamed_check_equals_the_rules_on_the_full_doc_set(string folder)
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, AppContext.BaseDirectory);
        var files = DocumentLoader.Find(new[] { folder }, context);
        var documents = PageLoader.Load(files, context);
        var expected = DocAnalysis.Diagnose(documents, DocAnalysis.CreateDocSet(documents, context), context);

        var slim = CheckPipeline.Run(files, context, keepFullPages: false, countStatistics: true);
        var full = CheckPipeline.Run(files, context, keepFullPages: true, maxDegreeOfParallelism: 1);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, slim.Diagnostics);
        Assert.Equal(expected, full.Diagnostics);
        Assert.Equal(documents.Pages, full.Pages);
        Assert.Equal(documents.Pages.Select(p => p.Path), slim.Pages.Select(p => p.Path));
        Assert.False(context.HadInternalError);

        // --stats from the per-page counts made in the first pass equals the count over the full pages.
        var ids = expected.Select(d => d.Id).ToArray();
        Assert.Equal(
            Render(StatsCollector.Collect(documents.Pages, DocAnalysis.CreateDocSet(documents, context), ids)),
            Render(StatsCollector.Collect(slim.Pages, slim.PageStatistics!, slim.DocSet, ids)));
    }

    private static string Render(DocStatistics stats)
    {
        var writer = new StringWriter();
        StatsWriter.Write(writer, stats);
        return writer.ToString();
    }

    [Fact]
    public void An_unreadable_file_is_SPD0113_and_the_others_are_checked()
    {
        using var temp = Infrastructure.TempDirectory.WithCopyOf("Fixtures/widgets");
        File.WriteAllBytes(Path.Combine(temp.Path, "widgets", "broken.md"), new byte[] { 0x23, 0x20, 0xC3, 0x28 });
        var context = new CliContext(TextWriter.Null, TextWriter.Null, temp.Path);
        var files = DocumentLoader.Find(new[] { "widgets" }, context);

        var result = CheckPipeline.Run(files, context, keepFullPages: false);

        Assert.Contains(result.Diagnostics, d => d.Id == RuleIds.UnreadableFile && d.Location.FilePath == "widgets/broken.md");
        Assert.Equal(files.Count - 1, result.Pages.Count);
        Assert.Contains(result.Diagnostics, d => d.Id == RuleIds.BodyForBodylessStatus);
    }
}
