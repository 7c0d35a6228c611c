namespace Specdown.Generator.Emitting;

/// <summary>What the consuming compilation references, reduced to booleans at once.</summary>
/// <param name="HasAspNetCore">ASP.NET Core is referenced (server stubs).</param>
/// <param name="HasXunit">xunit is referenced (contract tests).</param>
/// <param name="HasSpecdownTesting">Specdown.Testing is referenced (contract tests).</param>
/// <param name="HasContractTarget">The project declares a <c>SpecdownContractTarget</c> (replay tests).</param>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record CompilationFacts(bool HasAspNetCore, bool HasXunit, bool HasSpecdownTesting = false, bool HasContractTarget = false)
{
    /// <summary>Whether contract tests can be emitted (xunit and Specdown.Testing are both referenced).</summary>
    public bool CanEmitContractTests => HasXunit && HasSpecdownTesting;
}
