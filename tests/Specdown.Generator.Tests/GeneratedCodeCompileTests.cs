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
    public void Fixture_compiles_without_aspnetcore(string fixture)
    {
        var sources = Fixtures.Emit(fixture, server: false);
        Assert.DoesNotContain(sources, s => s.HintName.StartsWith("Server/", StringComparison.Ordinal));
        var errors = Compiler.Errors(Compiler.Create(sources, aspNet: false));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }
}
