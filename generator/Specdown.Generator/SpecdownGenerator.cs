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
                compilation.GetTypeByMetadataName("Xunit.FactAttribute") is not null))
            .WithTrackingName(TrackingNames.CompilationFacts);

        var pages = context.AdditionalTextsProvider
            .Where(static text => PageReader.IsMarkdown(text))
            .WithTrackingName(TrackingNames.MarkdownFiles)
            .Select(static (text, ct) => PageReader.Parse(text, ct))
            .WithTrackingName(TrackingNames.ParsePage)
            .Combine(options)
            .Select(static (pair, _) => PageSpecBuilder.Build(pair.Left, pair.Right.BaseUrl))
            .WithTrackingName(TrackingNames.PageSpec);

        // Cross-file resolution needs only the small keys; a description edit leaves them equal, so the index is cached.
        var index = pages
            .Select(static (page, _) => DocSpecBuilder.KeysOf(page))
            .WithTrackingName(TrackingNames.PageKeys)
            .Collect()
            .Combine(options)
            .Select(static (pair, _) => DocSpecBuilder.BuildIndex(pair.Left.SelectMany(static keys => keys), pair.Right.RootNamespace))
            .WithTrackingName(TrackingNames.Index);

        // Types and enums documented on several pages are merged, then emitted one output per type.
        var types = pages
            .SelectMany(static (page, _) => page.Types)
            .Collect()
            .Select(static (all, _) => DocSpecBuilder.MergeTypes(all))
            .WithTrackingName(TrackingNames.MergeTypes)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Types);

        var enums = pages
            .SelectMany(static (page, _) => page.Enums)
            .Collect()
            .Select(static (all, _) => DocSpecBuilder.MergeEnums(all))
            .WithTrackingName(TrackingNames.MergeEnums)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Enums);

        var groups = pages
            .SelectMany(static (page, _) => page.Operations)
            .Collect()
            .Select(static (all, _) => OperationGrouper.Group(all))
            .WithTrackingName(TrackingNames.GroupOperations)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(TrackingNames.Groups);

        context.RegisterSourceOutput(options.Combine(facts).WithTrackingName(TrackingNames.SupportOutputs), static (spc, pair) =>
        {
            foreach (var source in SupportEmitter.Emit(pair.Left))
            {
                spc.AddSource(source.HintName, source.Source);
            }
        });

        var typeInputs = types.Combine(index).Combine(options).WithTrackingName(TrackingNames.TypeOutputs);
        context.RegisterSourceOutput(typeInputs, static (spc, input) =>
        {
            if (input.Right.EmitDtos)
            {
                Add(spc, OutputPlanner.EmitType(input.Left.Left, input.Left.Right));
            }
        });

        var enumInputs = enums.Combine(index).Combine(options).WithTrackingName(TrackingNames.EnumOutputs);
        context.RegisterSourceOutput(enumInputs, static (spc, input) =>
        {
            if (input.Right.EmitDtos)
            {
                Add(spc, OutputPlanner.EmitEnum(input.Left.Left, input.Left.Right));
            }
        });

        var groupInputs = groups.Combine(index).Combine(options.Combine(facts)).WithTrackingName(TrackingNames.GroupOutputs);
        context.RegisterSourceOutput(groupInputs, static (spc, input) =>
        {
            foreach (var source in OutputPlanner.EmitGroup(input.Left.Left, input.Left.Right, input.Right.Left, input.Right.Right))
            {
                spc.AddSource(source.HintName, source.Source);
            }
        });
    }

    private static void Add(SourceProductionContext context, GeneratedSource? source)
    {
        if (source is not null)
        {
            context.AddSource(source.HintName, source.Source);
        }
    }
}
