using System;
using System.Collections.Generic;

namespace Specdown.Model.Diagnostics;

/// <summary>
/// The one catalogue of Specdown diagnostics. IDs are part of the public contract: never renumber, only add.
/// The Roslyn descriptors (analyzers) and the CLI's SARIF rules are both built from this list.
/// </summary>
public static partial class RuleCatalog
{
    public const string HelpLinkBase = "https://github.com/specdown/specdown/blob/main/docs/rules/";

    public const string CategoryContent = "Content";
    public const string CategoryHttp = "Http";
    public const string CategoryExamples = "Examples";
    public const string CategoryTypes = "Types";
    public const string CategoryAnnotations = "Annotations";
    public const string CategoryLinks = "Links";
    public const string CategoryParsing = "Parsing";
    public const string CategoryDrift = "Drift";

    private static readonly Dictionary<string, RuleDescriptor> ById = new(StringComparer.Ordinal);

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = Build();

    /// <summary>The rule with that ID; an unknown ID yields a generic descriptor rather than an exception.</summary>
    public static RuleDescriptor Get(string id) =>
        ById.TryGetValue(id, out var rule)
            ? rule
            : new RuleDescriptor(id, id, "{0}", CategoryParsing, DiagnosticSeverityLevel.Warning, string.Empty);

    public static bool TryGet(string id, out RuleDescriptor rule) => ById.TryGetValue(id, out rule!);

    private static List<RuleDescriptor> Build()
    {
        var list = new List<RuleDescriptor>();
        AddContentRules(list);
        AddParsingRules(list);
        AddDriftRules(list);
        list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var rule in list)
        {
            ById[rule.Id] = rule;
        }

        return list;
    }

    private static void Add(List<RuleDescriptor> list, string id, string category, string title, string message, string description, DiagnosticSeverityLevel severity = DiagnosticSeverityLevel.Warning) =>
        list.Add(new RuleDescriptor(id, title, message, category, severity, description));
}
