namespace Specdown.Generator.Tests.TestSupport;

/// <summary>A fact that is skipped when the shared corpus is not beside the repository.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Paths.Corpus() is null)
        {
            Skip = "corpus not found (../shared/corpus/graph-docs-beta-2021)";
        }
    }
}
