using System;
using System.IO;

namespace Specdown.Testing;

/// <summary>Options of <see cref="ContractAssert"/>.</summary>
/// <remarks>Immutable; derive variants with <c>with</c>.</remarks>
public sealed record ContractOptions
{
    /// <summary>The defaults.</summary>
    public static ContractOptions Default { get; } = new();

    /// <summary>Where <c>&lt;example&gt;.received.json</c> files go; null means <c>AppContext.BaseDirectory/received</c>.</summary>
    public string? ReceivedDirectory { get; init; }

    /// <summary>Write the actual JSON of a failing example to a <c>.received.json</c> file.</summary>
    public bool WriteReceivedFiles { get; init; } = true;

    /// <summary>How requests are replayed and responses compared.</summary>
    public ReplayOptions Replay { get; init; } = ReplayOptions.Default;

    /// <summary>
    /// The comparison options of DTO round trips; null means the defaults with exact array lengths and
    /// undocumented nulls ignored. <c>Truncated</c>/<c>IsCollection</c> always come from the example.
    /// </summary>
    public ConformanceOptions? RoundTrip { get; init; }

    /// <summary>Receives notes of passing checks (for example <c>ITestOutputHelper.WriteLine</c>).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>The longest JSON shown in a failure message, in characters.</summary>
    public int MaxJsonInMessage { get; init; } = 3000;

    internal string ResolveReceivedDirectory() =>
        ReceivedDirectory ?? Path.Combine(AppContext.BaseDirectory, "received");
}
