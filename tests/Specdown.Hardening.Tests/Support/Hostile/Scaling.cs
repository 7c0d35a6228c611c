using System.Diagnostics;

namespace Specdown.Hardening.Tests.Support.Hostile;

/// <summary>One measured run of the pipeline on one page: wall time and bytes allocated by this thread.</summary>
public sealed record Measured(int InputChars, TimeSpan Time, long Allocated, PipelineResult Result)
{
    public double AllocatedPerInputByte => Allocated / (2.0 * Math.Max(1, InputChars));

    public override string ToString() => $"{InputChars:N0} chars: {Time.TotalMilliseconds:F0} ms, {Allocated / 1048576.0:F1} MB allocated ({AllocatedPerInputByte:F1}x input bytes)";
}

/// <summary>
/// Bounds by comparison, not by absolute thresholds: time at size 4N against size N (linear gives 4x, quadratic 16x;
/// the bound is 10x plus slack for timer noise on a loaded machine), allocations as a multiple of the input's bytes.
/// </summary>
public static class Scaling
{
    public const double MaxGrowthFor4x = 10.0;
    public static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(400);

    public static Measured Measure(string text, string path = "resources/widget.md")
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = HostilePipeline.Run((path, text));
        clock.Stop();
        return new Measured(text.Length, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before, result);
    }

    /// <summary>
    /// Measures build(n) and build(n * <paramref name="factor"/>) (after a warm-up) and asserts time near-linear in the
    /// input size (at most 2.5x the size ratio: 10x for 4x the text) and allocations bounded per input byte.
    /// </summary>
    public static (Measured Small, Measured Large) AssertLinear(Func<int, string> build, int n, double maxAllocatedPerInputByte, int factor = 4)
    {
        var smallText = build(n);
        Measure(smallText);
        var small = Measure(smallText);
        var large = Measure(build(factor * n));
        var sizeRatio = (double)large.InputChars / small.InputChars;
        var message = "N: " + small + "\nlarger: " + large;
        Assert.True(large.Time <= small.Time * (MaxGrowthFor4x / 4 * sizeRatio) + Slack, "time grows faster than linear: " + message);
        Assert.True(large.AllocatedPerInputByte <= maxAllocatedPerInputByte, "allocations out of bound: " + message);
        return (small, large);
    }
}
