namespace Specdown.Generator.Emitting;

/// <summary>
/// The generator's options, read from MSBuild (<c>build_property.Specdown*</c>) or the CLI's flags.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record GeneratorOptions(
    string RootNamespace,
    bool EmitDtos,
    bool EmitServer,
    bool EmitClient,
    bool EmitContractTests,
    string? BaseUrl)
{
    public static readonly GeneratorOptions Default = new("Specdown.Generated", true, true, true, false, null);
}
