using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

/// <summary>Snapshots of every generated file for the focused fixtures (one verified file per hint name).</summary>
public class EmitterSnapshotTests
{
    [Fact]
    public void Chat() => VerifyAll("Chat");

    [Fact]
    public void Primitives() => VerifyAll("Primitives");

    [Fact]
    public void Enums() => VerifyAll("Enums");

    [Fact]
    public void Polymorphism() => VerifyAll("Polymorphism");

    [Fact]
    public void NameHazards() => VerifyAll("NameHazards");

    [Fact]
    public void Hostile() => VerifyAll("Hostile");

    private static void VerifyAll(string fixture, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var failures = new List<string>();
        var sources = Fixtures.Emit(fixture, server: true);
        try
        {
            Snapshot.Verify(string.Join("\n", sources.Select(s => s.HintName)) + "\n", "hintnames", "txt", test: test);
        }
        catch (Exception e)
        {
            failures.Add(e.Message);
        }

        foreach (var source in sources.Where(s => !s.HintName.StartsWith("Support/", StringComparison.Ordinal) || fixture == "Chat"))
        {
            try
            {
                Snapshot.Verify(source.Source, source.HintName.Replace('/', '.').Replace(".g.cs", string.Empty), test: test);
            }
            catch (Exception e)
            {
                failures.Add(e.Message);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
