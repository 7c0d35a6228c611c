using CsCheck;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>Reproducible seeds: a number (from <c>SPECDOWN_FUZZ_SEED</c> or the caller) turned into a CsCheck seed string.</summary>
public static class FuzzSeeds
{
    public const ulong DefaultSeed = 20261128;

    public static ulong FromEnvironment(ulong fallback = DefaultSeed) =>
        ulong.TryParse(Environment.GetEnvironmentVariable("SPECDOWN_FUZZ_SEED"), out var seed) ? seed : fallback;

    /// <summary>The CsCheck seed string for <paramref name="seed"/> (what <c>CsCheck_Seed</c> accepts).</summary>
    public static string ToCsCheckSeed(ulong seed) => new PCG(1, seed).ToString();

    /// <summary>The <paramref name="index"/>-th batch of the run seeded by <paramref name="seed"/>: independent of every other batch.</summary>
    public static PageDraft[] Batch(ulong seed, long index) => PageShapes.Batch.Generate(new PCG((uint)(index % int.MaxValue) * 2 + 1, seed ^ (ulong)index), null, out _);
}
