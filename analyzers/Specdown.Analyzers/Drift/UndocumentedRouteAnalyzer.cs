using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Specdown.Analyzers.Diagnostics;

namespace Specdown.Analyzers.Drift;

/// <summary>
/// SPD0202: a hand-written minimal-API <c>Map…</c> call or MVC route attribute registers a method and path that match
/// none of the paths documented under <c>## HTTP request</c> in the compilation's <c>.md</c> AdditionalFiles. Generated
/// code is not analysed; a compilation without Markdown docs is not checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndocumentedRouteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(DiagnosticDescriptors.UndocumentedRoute);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var docs = new DriftDocs(start.Options.AdditionalFiles);
            if (!docs.HasDocs)
            {
                return;
            }

            start.RegisterOperationAction(
                action =>
                {
                    if (RouteReader.FromMapCall((IInvocationOperation)action.Operation) is { } route
                        && !docs.IsDocumented(route.Method, route.Route, action.CancellationToken))
                    {
                        action.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UndocumentedRoute, route.Location, route.Method ?? "*", route.Route));
                    }
                },
                OperationKind.Invocation);
            start.RegisterSymbolAction(
                action =>
                {
                    var method = (IMethodSymbol)action.Symbol;
                    foreach (var attribute in method.GetAttributes())
                    {
                        if (RouteReader.FromAttribute(attribute, method) is { } route
                            && !docs.IsDocumented(route.Method, route.Route, action.CancellationToken))
                        {
                            var location = attribute.ApplicationSyntaxReference?.GetSyntax(action.CancellationToken).GetLocation() ?? method.Locations[0];
                            action.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UndocumentedRoute, location, route.Method ?? "*", route.Route));
                        }
                    }
                },
                SymbolKind.Method);
        });
    }
}
