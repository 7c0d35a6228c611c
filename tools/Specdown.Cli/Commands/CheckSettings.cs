using System.Collections.Generic;

namespace Specdown.Cli.Commands;

/// <summary>The options of <c>specdown check</c>, bound from the command line.</summary>
/// <remarks>Equality: reference (a settings bag, not cached).</remarks>
internal sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    string Format,
    string? Output,
    bool Stats,
    string? Baseline,
    bool UpdateBaseline,
    IReadOnlyList<string> SeverityOverrides,
    string? ConfigFile);
