using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Assertions over tracked incremental steps (after NetEscapades.EnumGenerators' TestHelpers).</summary>
internal static class StepAssertions
{
    public static IReadOnlyList<IncrementalGeneratorRunStep> Steps(GeneratorDriverRunResult result, string name) =>
        result.Results.Single().TrackedSteps.TryGetValue(name, out var steps) ? steps : Array.Empty<IncrementalGeneratorRunStep>();

    public static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string name) =>
        Steps(result, name).SelectMany(s => s.Outputs).Select(o => o.Reason);

    /// <summary>Walks every output object of every tracked step; fails on Roslyn objects that would root a compilation.</summary>
    public static void HoldsNoRoslynObjects(GeneratorDriverRunResult result)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, steps) in result.Results.Single().TrackedSteps)
        {
            // Only our own steps: Roslyn's input nodes ("Compilation", ...) hold Roslyn objects by design, and so does
            // the filtered AdditionalTexts provider.
            if (name == Specdown.Generator.Pipeline.TrackingNames.MarkdownFiles || !OwnSteps.Contains(name))
            {
                continue;
            }

            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, visited, 0);
            }
        }
    }

    private static readonly HashSet<string> OwnSteps = typeof(Specdown.Generator.Pipeline.TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

    private static void Walk(object? value, string path, HashSet<object> visited, int depth)
    {
        if (value is null || depth > 50)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree, $"{path} holds a {type.FullName}");
        if (type.IsPrimitive || type.IsEnum || value is string || (!type.IsValueType && !visited.Add(value)))
        {
            return;
        }

        if (type.IsValueType && type.GetProperty("IsDefault")?.GetValue(value) is true)
        {
            return;
        }

        if (value is IEnumerable sequence and not string)
        {
            foreach (var item in sequence)
            {
                Walk(item, path + "[]", visited, depth + 1);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Walk(field.GetValue(value), path + "." + field.Name, visited, depth + 1);
            }
        }
    }
}
