using System;
using System.Collections.Generic;
using System.Threading;
using Specdown.Generator.Specs;
using Specdown.Model;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits every generated file for a set of pages, outside the incremental pipeline: the entry point of
/// <c>specdown generate</c> and of benchmarks. Uses the same emitters as <see cref="SpecdownGenerator"/>, so the
/// output is byte-identical to what the build generates.
/// </summary>
public static class SpecdownEmitter
{
    /// <param name="serverAvailable">Whether ASP.NET Core is referenced (server stubs are emitted only then).</param>
    /// <returns>The generated files ordered by hint name (ordinal).</returns>
    public static IReadOnlyList<GeneratedSource> Emit(IReadOnlyList<PageModel> pages, GeneratorOptions options, bool serverAvailable, CancellationToken cancellationToken = default)
    {
        var normalized = OutputPlanner.Normalize(options);
        var specs = new List<PageSpec>(pages.Count);
        var contractPages = new List<ContractTestPageSpec>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            specs.Add(PageSpecBuilder.Build(page, normalized.BaseUrl));
            if (normalized.EmitContractTests)
            {
                contractPages.Add(ContractTestSpecBuilder.Build(page));
            }
        }

        return EmitSpecs(specs, normalized, serverAvailable, cancellationToken, contractPages);
    }

    /// <param name="contractPages">The pages' contract-test specs (emitted when <see cref="GeneratorOptions.EmitContractTests"/>), with no replay target.</param>
    internal static IReadOnlyList<GeneratedSource> EmitSpecs(IEnumerable<PageSpec> pages, GeneratorOptions options, bool serverAvailable, CancellationToken cancellationToken, IEnumerable<ContractTestPageSpec>? contractPages = null)
    {
        var normalized = OutputPlanner.Normalize(options);
        var doc = DocSpecBuilder.Build(pages, normalized.RootNamespace);
        var output = new List<GeneratedSource>();
        output.AddRange(SupportEmitter.Emit(normalized));
        var facts = new CompilationFacts(serverAvailable, false);
        if (normalized.EmitDtos)
        {
            var types = new List<GeneratedSource?>();
            foreach (var type in doc.Types)
            {
                cancellationToken.ThrowIfCancellationRequested();
                types.Add(OutputPlanner.EmitType(type, doc.Index));
            }

            var enums = new List<GeneratedSource?>();
            foreach (var definition in doc.Enums)
            {
                cancellationToken.ThrowIfCancellationRequested();
                enums.Add(OutputPlanner.EmitEnum(definition, doc.Index));
            }

            foreach (var file in ModelFiles.Group(types))
            {
                output.Add(ModelFiles.Join(file));
            }

            foreach (var file in ModelFiles.Group(enums))
            {
                output.Add(ModelFiles.Join(file));
            }
        }

        foreach (var group in doc.Groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.AddRange(OutputPlanner.EmitGroup(group, doc.Index, normalized, facts));
        }

        Add(output, OutputPlanner.EmitJsonContext(doc.Index, OutputPlanner.BodyGroups(doc.Groups, doc.Index), normalized));

        if (normalized.EmitContractTests && contractPages is not null)
        {
            var classes = ContractTestNames.Assign(contractPages);
            foreach (var spec in classes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(output, OutputPlanner.EmitContractTestClass(spec, doc.Index, normalized, hasTarget: false));
            }

            output.AddRange(OutputPlanner.EmitContractTestSupport(classes, doc.Index, normalized, hasTarget: false));
        }

        output.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
        return output;
    }

    private static void Add(List<GeneratedSource> output, GeneratedSource? source)
    {
        if (source is not null)
        {
            output.Add(source);
        }
    }
}
