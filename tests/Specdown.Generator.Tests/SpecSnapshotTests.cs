using Specdown.Generator.Emitting;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

/// <summary>The code generated from the project's own spec pages (parsed by the real parser): snapshots and compilation.</summary>
public class SpecSnapshotTests
{
    [Fact]
    public void Spec_pages()
    {
        var sources = SpecdownEmitter.Emit(SpecPages.Spec(), Fixtures.Options, serverAvailable: true);
        var failures = new List<string>();
        Try(failures, () => Snapshot.Verify(string.Join("\n", sources.Select(s => s.HintName)) + "\n", "hintnames", "txt"));
        foreach (var source in sources)
        {
            Try(failures, () => Snapshot.Verify(source.Source, source.HintName.Replace('/', '.').Replace(".g.cs", string.Empty)));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(Compiler.Errors(Compiler.Create(sources, aspNet: true)));
    }

    private static void Try(List<string> failures, Action verify)
    {
        try
        {
            verify();
        }
        catch (Exception e)
        {
            failures.Add(e.Message);
        }
    }
}
