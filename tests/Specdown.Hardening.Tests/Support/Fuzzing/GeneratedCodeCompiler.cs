using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Specdown.Generator.Emitting;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>Compiles generated sources in memory against the net10.0 reference assemblies plus ASP.NET Core's ref pack.</summary>
public static class GeneratedCodeCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> AllReferences = new(Load);

    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose, preprocessorSymbols: new[] { "NET", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER" });

    /// <summary>Whether the ASP.NET Core reference pack was found (server stubs are emitted only then).</summary>
    public static bool AspNetAvailable => AllReferences.Value.Length > Basic.Reference.Assemblies.Net100.References.All.Count();

    public static List<SyntaxTree> Parse(IEnumerable<GeneratedSource> sources, string prefix = "")
    {
        var trees = new List<SyntaxTree>();
        foreach (var source in sources)
        {
            trees.Add(CSharpSyntaxTree.ParseText(source.Source, ParseOptions, path: prefix + source.HintName));
        }

        return trees;
    }

    /// <summary>The compile errors (warnings are not failures), formatted.</summary>
    public static List<string> Errors(IEnumerable<SyntaxTree> trees)
    {
        var compilation = CSharpCompilation.Create(
            "Fuzzed",
            trees,
            AllReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        var errors = new List<string>();
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                errors.Add(diagnostic.ToString());
            }
        }

        return errors;
    }

    private static ImmutableArray<MetadataReference> Load()
    {
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        builder.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var packs = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", "packs", "Microsoft.AspNetCore.App.Ref"));
        if (Directory.Exists(packs))
        {
            foreach (var version in Directory.GetDirectories(packs).OrderByDescending(v => v, StringComparer.Ordinal))
            {
                var folder = Path.Combine(version, "ref", "net10.0");
                if (Directory.Exists(folder))
                {
                    foreach (var file in Directory.GetFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
                    {
                        builder.Add(MetadataReference.CreateFromFile(file));
                    }

                    break;
                }
            }
        }

        return builder.ToImmutable();
    }
}
