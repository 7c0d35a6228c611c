using Microsoft.CodeAnalysis.Diagnostics;
using Specdown.Generator.Emitting;

namespace Specdown.Generator.Pipeline;

/// <summary>Reads <see cref="GeneratorOptions"/> from <c>build_property.Specdown*</c> (fallback <c>RootNamespace</c>).</summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var root = Get(global, "SpecdownRootNamespace") ?? Get(global, "RootNamespace") ?? GeneratorOptions.Default.RootNamespace;
        var options = new GeneratorOptions(
            root,
            Flag(global, "SpecdownEmitDtos", GeneratorOptions.Default.EmitDtos),
            Flag(global, "SpecdownEmitServer", GeneratorOptions.Default.EmitServer),
            Flag(global, "SpecdownEmitClient", GeneratorOptions.Default.EmitClient),
            Flag(global, "SpecdownContractTests", GeneratorOptions.Default.EmitContractTests),
            Get(global, "SpecdownBaseUrl"));
        return OutputPlanner.Normalize(options);
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool Flag(AnalyzerConfigOptions options, string name, bool fallback)
    {
        var value = Get(options, name);
        if (value is null)
        {
            return fallback;
        }

        return string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase)
            || (!string.Equals(value, "false", System.StringComparison.OrdinalIgnoreCase) && fallback);
    }
}
