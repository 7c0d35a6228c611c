namespace Specdown.Testing;

/// <summary>One path-located disagreement between a documented and an actual JSON value.</summary>
/// <param name="Path">A JSON path such as <c>$.value[0].topic</c>; <c>$</c> is the root.</param>
/// <param name="Expected">What the documentation asks for, in words (<c>string</c>, <c>an ISO 8601 timestamp</c>).</param>
/// <param name="Actual">What was found, in words (<c>null</c>, <c>string "yesterday"</c>, <c>nothing</c>).</param>
/// <param name="Kind">The category of the difference.</param>
/// <remarks>Value equality over the four members.</remarks>
public sealed record ConformanceDifference(string Path, string Expected, string Actual, DifferenceKind Kind)
{
    /// <summary>Formats the difference as <c>$.value[0].topic: expected string, got null</c>.</summary>
    public override string ToString() => Path + ": expected " + Expected + ", got " + Actual;
}
