using System;
using System.Threading;

namespace Specdown.Cli.Analysis;

/// <summary>
/// Keeps the peak memory of a long allocating loop bounded whatever the core count: after every <see cref="Budget"/>
/// bytes allocated (all threads), one caller runs a gen0 collection. The CLI runs server GC without dynamic adaptation
/// (tools/Specdown.Cli/Specdown.Cli.csproj), whose own gen0 budget grows with the number of heaps (a check of the
/// 7,948-page corpus peaked at ~400 MB on 2 cores without the pacer, ~275 MB with it). What survives these collections
/// is only the pages in flight and the slim pages kept, so a larger budget costs memory and a smaller one time
/// (measured on 2 cores: 32 MB gave ~195 MB peak but twice the collection pauses; docs/performance.md).
/// </summary>
internal sealed class GenerationZeroPacer
{
    /// <summary>Bytes allocated between two collections.</summary>
    public const long Budget = 128L * 1024 * 1024;

    private long _lastCollection = GC.GetTotalAllocatedBytes(precise: false);

    /// <summary>Call from any thread between units of work (e.g. after each page).</summary>
    public void Tick()
    {
        var last = Interlocked.Read(ref _lastCollection);
        var now = GC.GetTotalAllocatedBytes(precise: false);
        if (now - last > Budget && Interlocked.CompareExchange(ref _lastCollection, now, last) == last)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        }
    }
}
