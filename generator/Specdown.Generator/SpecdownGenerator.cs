using System.Linq;
using Microsoft.CodeAnalysis;
using Specdown.Generator.Emitting;
using Specdown.Generator.Pipeline;
using Specdown.Generator.Specs;
using Specdown.Model.Collections;

namespace Specdown.Generator;

/// <summary>
/// The Specdown incremental generator: DTOs, endpoint stubs and a typed client from the docs. Per page: parse, reduce
/// to a small <see cref="PageSpec"/>; across pages: the type index from per-page keys, and merged types, enums and
/// operation groups selected out one by one, so editing a page re-emits only what changed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecdownGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider))
            .WithTrackingName(TrackingNames.Options);

        var facts = context.CompilationProvider
            .Select(static (compilation, _) => new CompilationFacts(
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication") is not null,
                compilation.GetTypeByMetadataName("Xunit.FactAttribute") is not null,
                compilation.GetTypeByMetadataName("Specdown.Testing.ContractAssert") is not null,
                compilation.ContainsSymbolsWithName(ContractTestNames.TargetClass, SymbolFilter.Type)))
            .WithTrackingName(TrackingNames.CompilationFacts);

        // Page paths become relative to the project directory, so generated constants are the same on every machine.
        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectPaths.ReadProjectDirectory(provider))
            .WithTrackingName(TrackingNames.ProjectDirectory);
        var contractSettings = options.Combine(facts)
            .Select(static (pair, _) => new ContractTestSettings(pair.Left, pair.Right.CanEmitContractTests && pair.Left.EmitContractTests, pair.Right.HasContractTarget))
            .WithTrackingName(TrackingNames.ContractTestSettings);
        var pageSettings = projectDirectory.Combine(contractSettings)
            .Select(static (pair, _) => new PageSettings(pair.Left, pair.Right.Options.BaseUrl, pair.Right.Enabled))
            .WithTrackingName(TrackingNames.PageSettings);

        // One per-file step (parse and reduce each page to small records), then one Collect: every per-file step is a
        // table of one entry per AdditionalText that Roslyn walks on every edit, so there is only this one.
        var pages = context.AdditionalTextsProvider
            .Combine(pageSettings)
            .WithTrackingName(TrackingNames.MarkdownFiles)
            .Select(static (pair, ct) => PageReader.Read(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.ParsePage)
            .Collect()
            .WithTrackingName(TrackingNames.PageSpec);

        // Cross-file resolution needs only the small keys; a description edit leaves them equal, so the index is cached.
        var index = pages
            .Select(static (all, _) => DocSpecBuilder.AllKeys(all))
            .WithTrackingName(TrackingNames.PageKeys)
            .Combine(options)
            .Select(static (pair, _) => DocSpecBuilder.BuildIndex(pair.Left, pair.Right.RootNamespace))
            .WithTrackingName(TrackingNames.Index);

        // Types and enums documented on several pages are merged, then emitted one output per type. Each merge reads
        // its per-page parts first: an edit that leaves a page's enums (or operations) equal does not re-run that merge.
        var types = pages
            .Select(static (all, _) => DocSpecBuilder.PerPage(all, static page => page.Spec.Types))
            .WithTrackingName(TrackingNames.PageTypes)
            .Select(static (all, _) => DocSpecBuilder.MergeTypes(all.SelectMany(static types => types)))
            .WithTrackingName(TrackingNames.MergeTypes)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Types);

        var enums = pages
            .Select(static (all, _) => DocSpecBuilder.PerPage(all, static page => page.Spec.Enums))
            .WithTrackingName(TrackingNames.PageEnums)
            .Select(static (all, _) => DocSpecBuilder.MergeEnums(all.SelectMany(static enums => enums)))
            .WithTrackingName(TrackingNames.MergeEnums)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Enums);

        var groups = pages
            .Select(static (all, _) => DocSpecBuilder.PerPage(all, static page => page.Spec.Operations))
            .WithTrackingName(TrackingNames.PageOperations)
            .Select(static (all, _) => OperationGrouper.Group(all.SelectMany(static operations => operations)))
            .WithTrackingName(TrackingNames.GroupOperations)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Groups);

        // The JSON context lists every type and enum (from the index) and the groups with generated request bodies: a
        // description edit changes neither, so the context stays cached.
        var bodyGroups = groups
            .Combine(index)
            .Select(static (pair, _) => OutputPlanner.BodyGroup(pair.Left, pair.Right))
            .Where(static name => name.Length > 0)
            .Collect()
            .Select(static (names, _) => new EquatableArray<string>(names.ToArray()))
            .WithTrackingName(TrackingNames.BodyGroups);
        var contextInputs = index.Combine(bodyGroups).Combine(options).WithTrackingName(TrackingNames.JsonContextOutput);
        context.RegisterSourceOutput(contextInputs, static (spc, input) =>
            Add(spc, OutputPlanner.EmitJsonContext(input.Left.Left, input.Left.Right, input.Right)));

        context.RegisterSourceOutput(options.Combine(facts).WithTrackingName(TrackingNames.SupportOutputs), static (spc, pair) =>
        {
            foreach (var source in SupportEmitter.Emit(pair.Left))
            {
                spc.AddSource(source.HintName, source.Source);
            }
        });

        // Each type's text is cached on its own; the types of one file (FileGroups) are then joined, so an edit re-emits
        // the one file of the edited type, and the generator adds hundreds of outputs instead of thousands.
        // One Combine per item (with index and options already paired): each per-item step is a table Roslyn walks.
        var indexAndOptions = index.Combine(options);
        var typeParts = types.Combine(indexAndOptions)
            .Select(static (input, _) => input.Right.Right.EmitDtos ? OutputPlanner.EmitType(input.Left, input.Right.Left) : null)
            .WithTrackingName(TrackingNames.TypeOutputs);
        RegisterModelFiles(context, typeParts, TrackingNames.TypeFiles);

        var enumParts = enums.Combine(indexAndOptions)
            .Select(static (input, _) => input.Right.Right.EmitDtos ? OutputPlanner.EmitEnum(input.Left, input.Right.Left) : null)
            .WithTrackingName(TrackingNames.EnumOutputs);
        RegisterModelFiles(context, enumParts, TrackingNames.EnumFiles);

        RegisterContractTests(context, pages, index, contractSettings);

        var groupInputs = groups.Combine(index).Combine(options.Combine(facts)).WithTrackingName(TrackingNames.GroupOutputs);
        context.RegisterSourceOutput(groupInputs, static (spc, input) =>
        {
            foreach (var source in OutputPlanner.EmitGroup(input.Left.Left, input.Left.Right, input.Right.Left, input.Right.Right))
            {
                spc.AddSource(source.HintName, source.Source);
            }
        });
    }

    private static void RegisterContractTests(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<PageData>> pages,
        IncrementalValueProvider<TypeIndex> index,
        IncrementalValueProvider<ContractTestSettings> settings)
    {
        // Contract tests (SpecdownContractTests=true, xunit and Specdown.Testing referenced): one class per page.
        var classes = pages
            .Select(static (all, _) => ContractTestNames.PagesWithExamples(all.Select(static page => page.ContractTests)))
            .WithTrackingName(TrackingNames.ContractTestPages)
            .Select(static (all, _) => ContractTestNames.Assign(all))
            .WithTrackingName(TrackingNames.ContractTestClasses);

        var classInputs = classes.SelectMany(static (all, _) => all).Combine(index).Combine(settings).WithTrackingName(TrackingNames.ContractTestOutputs);
        context.RegisterSourceOutput(classInputs, static (spc, input) =>
        {
            if (input.Right.Enabled)
            {
                Add(spc, OutputPlanner.EmitContractTestClass(input.Left.Left, input.Left.Right, input.Right.Options, input.Right.HasTarget));
            }
        });

        var summaryInputs = classes.Combine(index).Combine(settings).WithTrackingName(TrackingNames.ContractSupportOutputs);
        context.RegisterSourceOutput(summaryInputs, static (spc, input) =>
        {
            if (input.Right.Enabled)
            {
                foreach (var source in OutputPlanner.EmitContractTestSupport(input.Left.Left, input.Left.Right, input.Right.Options, input.Right.HasTarget))
                {
                    spc.AddSource(source.HintName, source.Source);
                }
            }
        });
    }

    private static void RegisterModelFiles(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<GeneratedSource?> parts, string trackingName)
    {
        var files = parts
            .Collect()
            .Select(static (all, _) => ModelFiles.Group(all))
            .SelectMany(static (all, _) => all)
            .WithTrackingName(trackingName);
        context.RegisterSourceOutput(files, static (spc, file) => Add(spc, ModelFiles.Join(file)));
    }

    private static void Add(SourceProductionContext context, GeneratedSource? source)
    {
        if (source is not null)
        {
            context.AddSource(source.HintName, source.Source);
        }
    }
}
