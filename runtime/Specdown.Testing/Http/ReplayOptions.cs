using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>How a documented request is turned into a request on the service under test, and how the response is checked.</summary>
/// <remarks>Immutable; derive variants with <c>with</c>.</remarks>
public sealed record ReplayOptions
{
    /// <summary>The defaults: strip <c>/beta</c> and <c>/v1.0</c>, keep Authorization, type-level body conformance.</summary>
    public static ReplayOptions Default { get; } = new();

    /// <summary>Remove the API version segment that starts the documented path.</summary>
    public bool StripVersionSegment { get; init; } = true;

    /// <summary>The version segments to strip (compared ordinally, without slashes).</summary>
    public IReadOnlyList<string> VersionSegments { get; init; } = new[] { "beta", "v1.0" };

    /// <summary>Drop the documented <c>Authorization</c> header (its value is usually <c>Bearer {token}</c>).</summary>
    public bool DropAuthorization { get; init; }

    /// <summary>
    /// The body comparison options. <see cref="ConformanceOptions.Truncated"/> and
    /// <see cref="ConformanceOptions.IsCollection"/> are taken from the example and override these.
    /// </summary>
    public ConformanceOptions Conformance { get; init; } = ConformanceOptions.Default;
}
