using Specdown.Generator.Emitting;

namespace Specdown.Generator.Specs;

/// <summary>The options and compilation facts the contract-test outputs depend on, reduced to what they use.</summary>
/// <param name="Enabled">SpecdownContractTests=true and the project references xunit and Specdown.Testing.</param>
/// <param name="HasTarget">The project declares a replay target (<c>SpecdownContractTarget</c>).</param>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record ContractTestSettings(GeneratorOptions Options, bool Enabled, bool HasTarget);
