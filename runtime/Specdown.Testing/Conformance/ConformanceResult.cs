using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>The outcome of <see cref="JsonConformance.Match(string, string, ConformanceOptions?)"/>.</summary>
public sealed class ConformanceResult
{
    internal ConformanceResult(IReadOnlyList<ConformanceDifference> differences, IReadOnlyList<string> notes)
    {
        Differences = differences;
        Notes = notes;
    }

    /// <summary>True when the actual JSON conforms to the documented JSON.</summary>
    public bool IsMatch => Differences.Count == 0;

    /// <summary>The disagreements, in document order of the documented JSON.</summary>
    public IReadOnlyList<ConformanceDifference> Differences { get; }

    /// <summary>Remarks that do not fail the match (for example elided lines removed from the example).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>All differences, one per line.</summary>
    public override string ToString() => IsMatch ? "conforms" : string.Join("\n", Differences);
}
