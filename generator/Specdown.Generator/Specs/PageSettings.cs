namespace Specdown.Generator.Specs;

/// <summary>What the per-page step needs besides the page text, reduced to one small value.</summary>
/// <param name="ProjectDirectory">Page paths become relative to it (see <c>ProjectPaths</c>).</param>
/// <param name="BaseUrl">Stripped from path templates (<c>SpecdownBaseUrl</c>).</param>
/// <param name="ContractTests">Whether contract-test examples are extracted (only when contract tests are emitted).</param>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record PageSettings(string? ProjectDirectory, string? BaseUrl, bool ContractTests);
