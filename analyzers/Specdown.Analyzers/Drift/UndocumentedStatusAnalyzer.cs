using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Specdown.Analyzers.Diagnostics;

namespace Specdown.Analyzers.Drift;

/// <summary>
/// SPD0201: a method implementing a generated endpoint stub returns a success or redirect status (below 400) that the
/// docs do not list for that operation (the operation's documented status, its page's Response prose and response
/// examples). Error statuses are not checked: the docs describe errors generically.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndocumentedStatusAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that carries the documented status, for the code fix.</summary>
    public const string DocumentedStatusProperty = "DocumentedStatus";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(DiagnosticDescriptors.UndocumentedStatusCode);

    private static ImmutableDictionary<string, string?> Properties(int status) =>
        ImmutableDictionary<string, string?>.Empty.Add(DocumentedStatusProperty, status.ToString(CultureInfo.InvariantCulture));

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var docs = new DriftDocs(start.Options.AdditionalFiles);
            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method
                    || GeneratedOperation.Find(method, block.Compilation) is not { } operation)
                {
                    return;
                }

                var documented = operation.SourcePage is null ? null : docs.StatusesOf(operation.SourcePage, block.CancellationToken);
                block.RegisterOperationAction(
                    action =>
                    {
                        if (StatusCodeReader.Read(action.Operation) is not int status || status >= 400
                            || status == operation.SuccessStatusCode || documented?.Contains(status) == true)
                        {
                            return;
                        }

                        action.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.UndocumentedStatusCode,
                            action.Operation.Syntax.GetLocation(),
                            Properties(operation.SuccessStatusCode),
                            method.Name,
                            status.ToString(CultureInfo.InvariantCulture),
                            operation.Method + " " + operation.DocumentedPath));
                    },
                    OperationKind.Invocation,
                    OperationKind.SimpleAssignment);
            });
        });
    }
}
