using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Specdown.Analyzers.Diagnostics;
using Specdown.Analyzers.Hosting;

namespace Specdown.Analyzers;

/// <summary>
/// Reports documentation problems of the <c>.md</c> AdditionalFiles as diagnostics located in the Markdown. The rules are
/// cross-file, so the whole doc set is parsed once per compilation (lazily, on the first file action) and each file
/// action reports that file's share, at the exact line and column.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DocumentationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Documentation;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var results = new DocSetResults(start.Options.AdditionalFiles);
            start.RegisterAdditionalFileAction(file =>
            {
                var path = file.AdditionalFile.Path;
                if (!DocSetResults.IsMarkdown(path))
                {
                    return;
                }

                var text = file.AdditionalFile.GetText(file.CancellationToken);
                foreach (var info in results.For(path, file.CancellationToken))
                {
                    if (DiagnosticDescriptors.Find(info.Id) is { } descriptor)
                    {
                        file.ReportDiagnostic(DiagnosticConverter.Convert(descriptor, info, path, text?.Length ?? 0));
                    }
                }
            });
        });
    }
}
