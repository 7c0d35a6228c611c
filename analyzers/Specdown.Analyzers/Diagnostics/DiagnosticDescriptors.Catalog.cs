using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Diagnostics;

internal static partial class DiagnosticDescriptors
{
    // Lazy: static initialisers of partial declarations run in an unspecified file order.
    private static readonly System.Lazy<Dictionary<string, DiagnosticDescriptor>> ById = new(BuildIndex);

    private static readonly System.Lazy<ImmutableArray<DiagnosticDescriptor>> DocumentationLazy =
        new(() => Select(id => !id.StartsWith("SPD02", System.StringComparison.Ordinal)));

    /// <summary>The descriptors of the documentation rules (SPD00xx) and of the parser (SPD01xx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> Documentation => DocumentationLazy.Value;

    /// <summary>The descriptors of the code-versus-docs drift rules (SPD02xx).</summary>
    public static ImmutableArray<DiagnosticDescriptor> Drift => ImmutableArray.Create(UndocumentedStatusCode, UndocumentedRoute);

    /// <summary>The descriptor of a catalogue ID, or null for an ID without one.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.Value.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>Converts the catalogue's severity to Roslyn's.</summary>
    public static DiagnosticSeverity ToRoslyn(DiagnosticSeverityLevel level) => level switch
    {
        DiagnosticSeverityLevel.Error => DiagnosticSeverity.Error,
        DiagnosticSeverityLevel.Warning => DiagnosticSeverity.Warning,
        DiagnosticSeverityLevel.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static string Title(string id) => RuleCatalog.Get(id).Title;

    private static string Message(string id) => RuleCatalog.Get(id).MessageFormat;

    private static string Description(string id) => RuleCatalog.Get(id).Description;

    private static string HelpLink(string id) => RuleCatalog.Get(id).HelpLink;

    private static Dictionary<string, DiagnosticDescriptor> BuildIndex()
    {
        var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var field in typeof(DiagnosticDescriptors).GetFields())
        {
            if (field.GetValue(null) is DiagnosticDescriptor descriptor)
            {
                index[descriptor.Id] = descriptor;
            }
        }

        return index;
    }

    private static ImmutableArray<DiagnosticDescriptor> Select(System.Func<string, bool> predicate)
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in RuleCatalog.All)
        {
            if (predicate(rule.Id) && Find(rule.Id) is { } descriptor)
            {
                builder.Add(descriptor);
            }
        }

        return builder.ToImmutable();
    }
}
