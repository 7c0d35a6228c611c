using System;
using System.CommandLine;
using Specdown.Cli.Analysis;
using Specdown.Cli.Input;
using Specdown.Generator.Emitting;

namespace Specdown.Cli.Commands;

/// <summary>
/// <c>specdown generate</c>: writes exactly the files the source generator would emit for the docs (the same
/// emitters), one file per hint name under the output directory.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string>("--output", "-o") { Description = "Directory to write the generated C# files to.", Required = true };
        var ns = new Option<string?>("--namespace") { Description = "Root namespace of the generated code." };
        var noServer = new Option<bool>("--no-server") { Description = "Do not emit ASP.NET Core server stubs." };
        var noClient = new Option<bool>("--no-client") { Description = "Do not emit the typed client." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Base URL the generated client uses by default." };
        var command = new Command("generate", "Generate C# (DTOs, server stubs, client) from the docs into a directory.")
        {
            paths, output, ns, noServer, noClient, baseUrl,
        };
        command.SetAction(parseResult =>
        {
            var defaults = GeneratorOptions.Default;
            var options = defaults with
            {
                RootNamespace = parseResult.GetValue(ns) ?? defaults.RootNamespace,
                EmitServer = !parseResult.GetValue(noServer),
                EmitClient = !parseResult.GetValue(noClient),
                BaseUrl = parseResult.GetValue(baseUrl) ?? defaults.BaseUrl,
            };
            return Run(context, parseResult.GetValue(paths) ?? Array.Empty<string>(), parseResult.GetValue(output)!, options);
        });
        return command;
    }

    public static int Run(CliContext context, string[] paths, string outputDirectory, GeneratorOptions options)
    {
        var files = DocumentLoader.Find(paths, context);
        var documents = PageLoader.Load(files, context);
        var sources = SpecdownEmitter.Emit(documents.Pages, options, serverAvailable: options.EmitServer);
        var result = GeneratedFileWriter.Write(context.ResolvePath(outputDirectory), sources);
        foreach (var hintName in result.Refused)
        {
            context.ReportInternalError("in the emitter", new InvalidOperationException($"hint name '{hintName}' is not a relative file path"));
        }

        context.Output.WriteLine(
            $"specdown: generated {sources.Count} file(s) from {documents.Pages.Count} page(s) into {outputDirectory}: {result.Written} written, {result.Unchanged} unchanged");
        foreach (var diagnostic in documents.LoadDiagnostics)
        {
            context.Error.WriteLine(Output.TextDiagnosticWriter.Format(new Finding(diagnostic.Id, ReportSeverity.Error, diagnostic.Message, diagnostic.Location.FilePath, diagnostic.Location)));
        }

        return documents.LoadDiagnostics.Count > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
