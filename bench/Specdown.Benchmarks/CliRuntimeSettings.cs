using System.Runtime;

namespace Specdown.Benchmarks;

/// <summary>
/// The check benchmarks measure what <c>specdown check</c> users run, so their process must be configured as the CLI's
/// (tools/Specdown.Cli/Specdown.Cli.csproj): server non-concurrent GC without dynamic adaptation, tiered compilation off.
/// The benchmark project itself keeps a plain console app's GC (workstation, non-concurrent: where the parse benchmarks'
/// Markdig baseline runs best), so an in-process run of the check benchmarks takes the CLI's settings from the
/// environment: <c>DOTNET_gcServer=1 DOTNET_GCDynamicAdaptationMode=0 DOTNET_TieredCompilation=0</c>
/// (docs/performance.md). With tiered compilation on, a long benchmark process would measure tier-1 code with dynamic
/// PGO that a one-shot CLI run never reaches.
/// </summary>
internal static class CliRuntimeSettings
{
    public static void Require()
    {
        var adaptation = Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode") ?? AppContext.GetData("System.GC.DynamicAdaptationMode")?.ToString();
        if (!GCSettings.IsServerGC || GCSettings.LatencyMode != GCLatencyMode.Batch || adaptation != "0")
        {
            throw new InvalidOperationException(
                "the check benchmarks need the CLI's GC: server, non-concurrent, without dynamic adaptation (DOTNET_gcServer=1 DOTNET_GCDynamicAdaptationMode=0)");
        }

        var tiered = Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? Environment.GetEnvironmentVariable("COMPlus_TieredCompilation");
        if (tiered != "0" && AppContext.GetData("System.Runtime.TieredCompilation") is not false and not "false")
        {
            throw new InvalidOperationException("the check benchmarks need the CLI's JIT settings: run with DOTNET_TieredCompilation=0");
        }
    }
}
