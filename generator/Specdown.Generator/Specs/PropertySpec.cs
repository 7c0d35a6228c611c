namespace Specdown.Generator.Specs;

/// <summary>A property of a DTO: exact wire name, type, description and the facts that change the emitted code.</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record PropertySpec(
    string WireName,
    TypeRefSpec Type,
    string Description,
    bool IsRequired,
    bool IsDeprecated);
