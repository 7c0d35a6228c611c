using CsCheck;
using Specdown.Hardening.Tests.Support.Fuzzing;
using Xunit.Abstractions;

namespace Specdown.Hardening.Tests;

/// <summary>
/// The short fuzz run: random and mutated pages through parse → doc set → rules → emit (→ compile one batch in
/// <see cref="CompileEvery"/>). Seeded (SPECDOWN_FUZZ_SEED or CsCheck_Seed to reproduce; CsCheck prints the seed of a
/// failing, shrunk case). The long run is tools/Specdown.Fuzz.
/// </summary>
public sealed class FuzzPropertyTests(ITestOutputHelper output)
{
    private const int Batches = 400;
    private const int CompileEvery = 60;

    [Fact]
    public void Random_and_mutated_pages_never_crash_stay_located_deterministic_and_compile()
    {
        var seed = FuzzSeeds.FromEnvironment();
        var pages = 0;
        var compiled = 0;
        var diagnostics = 0;
        PageShapes.Batch.Sample(
            batch =>
            {
                var outcome = FuzzPipeline.Run(batch, FuzzPipeline.ShouldCompile(batch, CompileEvery));
                Interlocked.Add(ref pages, batch.Length);
                Interlocked.Add(ref diagnostics, outcome.DiagnosticCount);
                if (outcome.Compiled)
                {
                    Interlocked.Increment(ref compiled);
                }

                Assert.True(outcome.Failures.Count == 0, outcome.ToString());
            },
            seed: FuzzSeeds.ToCsCheckSeed(seed),
            iter: Batches,
            threads: 1,
            print: batch => string.Join("\n", batch.Select(p => p.ToString())));
        output.WriteLine($"seed {seed}: {pages} pages in {Batches} batches, {compiled} batches compiled, {diagnostics} diagnostics");
        Assert.True(compiled > 0, "no batch was compiled: the compile property was not exercised");
        Assert.True(diagnostics > 0, "no diagnostic at all: the mutations did not reach the parser");
    }

    [Fact]
    public void Every_batch_compiles_when_pages_are_well_shaped()
    {
        // Unmutated pages of every shape, always compiled: the generated code must compile for any names and types.
        var unmutated = Gen.Select(PageShapes.AnyPage.Array[2, 5], PageWords.Identifier, (texts, name) =>
            texts.Select((t, i) => new PageDraft((i % 2 == 0 ? "resources/" : "api/") + name + i + ".md", t)).ToArray());
        unmutated.Sample(
            batch => Assert.True(FuzzPipeline.Run(batch, compile: true).Failures.Count == 0, FuzzPipeline.Run(batch, true).ToString()),
            seed: FuzzSeeds.ToCsCheckSeed(FuzzSeeds.FromEnvironment() + 1),
            iter: 6,
            threads: 1,
            print: batch => string.Join("\n", batch.Select(p => p.ToString())));
    }

    [Fact]
    public void Seeds_reproduce_the_same_batches()
    {
        var a = FuzzSeeds.Batch(7, 3);
        var b = FuzzSeeds.Batch(7, 3);
        Assert.Equal(a, b);
        Assert.NotEqual(a, FuzzSeeds.Batch(7, 4));
    }
}
