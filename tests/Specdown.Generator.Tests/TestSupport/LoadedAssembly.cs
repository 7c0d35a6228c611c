using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Compiles generated code to an in-memory assembly and calls into it by reflection.</summary>
internal sealed class LoadedAssembly
{
    private readonly Assembly _assembly;

    private LoadedAssembly(Assembly assembly) => _assembly = assembly;

    public static LoadedAssembly Compile(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new LoadedAssembly(context.LoadFromStream(stream));
    }

    public Type Type(string fullName) => _assembly.GetType(fullName, throwOnError: true)!;

    public JsonSerializerOptions JsonOptions(string root) =>
        (JsonSerializerOptions)Type(root + ".Serialization.SpecdownJson").GetProperty("Options")!.GetValue(null)!;

    public static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);
}
