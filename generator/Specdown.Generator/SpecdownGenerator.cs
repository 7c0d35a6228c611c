using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Specdown.Generator.Emitting;
using Specdown.Generator.Pipeline;
using Specdown.Generator.Specs;
using Specdown.Model.Collections;

namespace Specdown.Generator;

/// <summary>
/// The Specdown incremental generator: DTOs, endpoint stubs and a typed client from the docs. Per page: parse, reduce
/// to a small <see cref="PageSpec"/>; across pages: one <see cref="DocSpec"/> whose items (types, enums, operation
/// groups) are selected out one by one, so editing a page re-emits only what changed.
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
            .Select(static (page, _) => PageSpecBuilder.Build(page))
            .WithTrackingName(TrackingNames.PageSpec);

        var doc = pages.Collect()
            .WithTrackingName(TrackingNames.CollectPages)
            .Combine(options)
            .Select(static (pair, _) => DocSpecBuilder.Build(pair.Left, pair.Right.RootNamespace, pair.Right.BaseUrl))
            .WithTrackingName(TrackingNames.DocSpec);

        var index = doc.Select(static (d, _) => d.Index).WithTrackingName(TrackingNames.Index);
        var types = doc.SelectMany(static (d, _) => d.Types).WithTrackingName(TrackingNames.Types);
        var enums = doc.SelectMany(static (d, _) => d.Enums).WithTrackingName(TrackingNames.Enums);
        var groups = doc.SelectMany(static (d, _) => d.Groups).WithTrackingName(TrackingNames.Groups);

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
