using Specdown.Generator.Emitting;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

public class GeneratedCodeCompileTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Fixture_compiles_with_server_stubs(string fixture)
    {
        Assert.True(Compiler.AspNetAvailable, "ASP.NET Core reference assemblies not found");
        var before = OutputPlanner.ErrorCount;
        var sources = Fixtures.Emit(fixture, server: true);
        Assert.Equal(before, OutputPlanner.ErrorCount);
        Assert.Contains(sources, s => s.HintName.StartsWith("Server/", StringComparison.Ordinal) || fixture is "Primitives" or "Enums" or "Polymorphism");
        var errors = Compiler.Errors(Compiler.Create(sources, aspNet: true));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Fixture_compiles_without_warnings_with_documentation_on(string fixture)
    {
        // Consumers build with TreatWarningsAsErrors and GenerateDocumentationFile: the generated code must be clean.
        var sources = Fixtures.Emit(fixture, server: true);
        var parse = Compiler.ParseOptions.WithDocumentationMode(Microsoft.CodeAnalysis.DocumentationMode.Diagnose);
        var trees = sources.Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(s.Source, parse, path: s.HintName));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Docs", trees, Compiler.References(aspNet: true),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Microsoft.CodeAnalysis.NullableContextOptions.Enable, warningLevel: 9999));
        var warnings = compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings.Take(30)));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Fixture_compiles_without_aspnetcore(string fixture)
    {
        var sources = Fixtures.Emit(fixture, server: false);
        Assert.DoesNotContain(sources, s => s.HintName.StartsWith("Server/", StringComparison.Ordinal));
        var errors = Compiler.Errors(Compiler.Create(sources, aspNet: false));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }
}
