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
        var (assembly, errors) = TryCompile(compilation);
        Assert.True(assembly is not null, string.Join("\n", errors.Take(20)));
        return assembly!;
    }

    /// <summary>Compiles once (binding and emitting in one pass); the errors, and the loaded assembly when there are none.</summary>
    public static (LoadedAssembly? Assembly, List<string> Errors) TryCompile(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!result.Success)
        {
            return (null, errors);
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return (new LoadedAssembly(context.LoadFromStream(stream)), errors);
    }

    public IEnumerable<Type> Types => _assembly.GetTypes();

    public Type Type(string fullName) => _assembly.GetType(fullName, throwOnError: true)!;

    public JsonSerializerOptions JsonOptions(string root) =>
        (JsonSerializerOptions)Type(root + ".Serialization.SpecdownJson").GetProperty("Options")!.GetValue(null)!;

    public static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);
}
