using System;
using System.Collections.Generic;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// The one place that decides which emitters run for an item, shared by the incremental generator and
/// <see cref="SpecdownEmitter"/>. Every call fails soft: an exception while emitting an item drops that item only.
/// </summary>
internal static class OutputPlanner
{
    private static int _errorCount;

    /// <summary>How many items failed to emit since the process started (a bug in the emitters; tests assert zero).</summary>
    public static int ErrorCount => System.Threading.Volatile.Read(ref _errorCount);

    public static Exception? LastError { get; private set; }

    public static GeneratorOptions Normalize(GeneratorOptions options) =>
        options with { RootNamespace = NamespaceNames.SanitizeRoot(options.RootNamespace) };

    /// <summary>One type's part of its file (no header; see <see cref="ModelFiles"/>), with the file's hint name.</summary>
    public static GeneratedSource? EmitType(TypeSpec spec, TypeIndex index) => Guard(() => DtoEmitter.Emit(spec, index));

    public static GeneratedSource? EmitJsonContext(TypeIndex index, IReadOnlyList<string> bodyGroups, GeneratorOptions options) =>
        Guard(() => JsonContextEmitter.Emit(index, bodyGroups, options));

    /// <summary>The C# names of the groups that have generated request body classes, in group order.</summary>
    public static Specdown.Model.Collections.EquatableArray<string> BodyGroups(IEnumerable<OperationGroupSpec> groups, TypeIndex index)
    {
        var names = new List<string>();
        foreach (var group in groups)
        {
            if (BodyGroup(group, index) is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return new Specdown.Model.Collections.EquatableArray<string>(names.ToArray());
    }

    /// <summary>The group's C# name when it may have generated request body classes (its operations file then has a JSON metadata class), else the empty string.</summary>
    public static string BodyGroup(OperationGroupSpec group, TypeIndex index) =>
        Guard(() => OperationPlan.MayHaveBodies(group, index) ? OperationPlan.GroupName(group) : null) ?? string.Empty;

    /// <summary>One enum's part of its file (no header; see <see cref="ModelFiles"/>), with the file's hint name.</summary>
    public static GeneratedSource? EmitEnum(EnumSpec spec, TypeIndex index) => Guard(() => EnumEmitter.Emit(spec, index));

    public static GeneratedSource? EmitContractTestClass(ContractTestClassSpec spec, TypeIndex index, GeneratorOptions options, bool hasTarget) =>
        Guard(() => ContractTestEmitter.Emit(spec, index, options, hasTarget));

    public static IReadOnlyList<GeneratedSource> EmitContractTestSupport(Specdown.Model.Collections.EquatableArray<ContractTestClassSpec> classes, TypeIndex index, GeneratorOptions options, bool hasTarget)
    {
        var output = new List<GeneratedSource>();
        AddGuarded(output, () => ContractTestSupportEmitter.EmitTarget(options));
        AddGuarded(output, () => ContractTestSupportEmitter.EmitSummary(classes, index, options, hasTarget));
        return output;
    }

    public static IReadOnlyList<GeneratedSource> EmitGroup(OperationGroupSpec group, TypeIndex index, GeneratorOptions options, CompilationFacts facts)
    {
        var output = new List<GeneratedSource>();
        var operations = Guard(() => OperationPlan.Create(group, index));
        if (operations is null)
        {
            return output;
        }

        AddGuarded(output, () => OperationsEmitter.Emit(operations, index));
        if (options.EmitServer && facts.HasAspNetCore)
        {
            AddGuarded(output, () => ServerEmitter.Emit(operations, index));
        }

        if (options.EmitClient)
        {
            AddGuarded(output, () => ClientEmitter.Emit(operations, index));
        }

        return output;
    }

    private static void AddGuarded(List<GeneratedSource> output, Func<GeneratedSource?> emit)
    {
        if (Guard(emit) is { } source)
        {
            output.Add(source);
        }
    }

    private static T? Guard<T>(Func<T?> emit)
        where T : class
    {
        try
        {
            return emit();
        }
        catch (Exception exception)
        {
            // Fail soft and stay silent: the analyzers report what is wrong with the docs. Tests watch the counter.
            System.Threading.Interlocked.Increment(ref _errorCount);
            LastError = exception;
            return null;
        }
    }
}
