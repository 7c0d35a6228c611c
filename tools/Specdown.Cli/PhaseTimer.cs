using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Specdown.Cli;

/// <summary>
/// Measures the phases of a command (read+parse, doc set, rules, output) and prints them to stderr when the
/// <c>SPECDOWN_TIMINGS</c> environment variable is set to 1; used to keep <c>specdown check</c> within its budget.
/// </summary>
public sealed class PhaseTimer
{
    private readonly TextWriter? _writer;
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Stopwatch _phase = Stopwatch.StartNew();
    private TimeSpan _cpuAtPhaseStart = Process.GetCurrentProcess().TotalProcessorTime;

    public PhaseTimer(TextWriter error) =>
        _writer = Environment.GetEnvironmentVariable("SPECDOWN_TIMINGS") == "1" ? error : null;

    /// <summary>Ends the current phase under <paramref name="name"/> and starts the next.</summary>
    public void Mark(string name)
    {
        if (_writer is not null)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            _writer.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "specdown timing: {0,-12} wall {1,7:0} ms, cpu {2,7:0} ms (command {3,7:0} ms, process up {4,7:0} ms)",
                name,
                _phase.Elapsed.TotalMilliseconds,
                (cpu - _cpuAtPhaseStart).TotalMilliseconds,
                _total.Elapsed.TotalMilliseconds,
                (DateTime.Now - process.StartTime).TotalMilliseconds));
            _cpuAtPhaseStart = cpu;
        }

        _phase.Restart();
    }
}
