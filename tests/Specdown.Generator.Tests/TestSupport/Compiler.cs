using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Specdown.Generator.Emitting;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Compiles generated sources in memory against net10.0 reference assemblies (plus ASP.NET Core's).</summary>
internal static class Compiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetReferences = new(LoadAspNetReferences);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, preprocessorSymbols: new[] { "NET", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER", "NET8_0_OR_GREATER" });

    public static IReadOnlyList<MetadataReference> References(bool aspNet)
    {
        var list = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);
        if (aspNet)
        {
            list.AddRange(AspNetReferences.Value);
        }

        return list;
    }

    public static bool AspNetAvailable => !AspNetReferences.Value.IsEmpty;

    public static CSharpCompilation Create(IEnumerable<GeneratedSource> sources, bool aspNet, string assemblyName = "Generated", IEnumerable<string>? extra = null)
    {
        var trees = new List<SyntaxTree>();
        foreach (var source in sources)
        {
            trees.Add(CSharpSyntaxTree.ParseText(source.Source, ParseOptions, path: source.HintName));
        }

        foreach (var text in extra ?? Array.Empty<string>())
        {
            trees.Add(CSharpSyntaxTree.ParseText(text, ParseOptions));
        }

        return CSharpCompilation.Create(
            assemblyName,
            trees,
            References(aspNet),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));
    }

    /// <summary>The compiler errors (warnings ignored), formatted for assertion messages.</summary>
    public static List<string> Errors(Compilation compilation)
    {
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

    private static ImmutableArray<MetadataReference> LoadAspNetReferences()
    {
        var root = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnet = Path.GetFullPath(Path.Combine(root, "..", "..", ".."));
        var packs = Path.Combine(dotnet, "packs", "Microsoft.AspNetCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return ImmutableArray<MetadataReference>.Empty;
        }

        foreach (var version in Directory.GetDirectories(packs).OrderByDescending(v => v, StringComparer.Ordinal))
        {
            var folder = Path.Combine(version, "ref", "net10.0");
            if (Directory.Exists(folder))
            {
                return Directory.GetFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
            }
        }

        return ImmutableArray<MetadataReference>.Empty;
    }
}
