using Specdown.Model.Collections;

namespace Specdown.Model.Diagnostics;

/// <summary>
/// A diagnostic found in a page: its rule ID (see <see cref="RuleCatalog"/>), the message arguments and where it is.
/// The message text is formatted from the catalogue so the build, the IDE and the CLI print the same words.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, LocationInfo location, params string[] arguments) =>
        new(id, location, new EquatableArray<string>(arguments));

    /// <summary>The rule this diagnostic belongs to.</summary>
    public RuleDescriptor Rule => RuleCatalog.Get(Id);

    /// <summary>The message, formatted with invariant culture.</summary>
    public string Message => Rule.FormatMessage(Arguments);

    public override string ToString() => $"{Location}: {Rule.DefaultSeverity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
