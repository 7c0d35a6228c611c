using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>An enum to emit (possibly merged from several pages).</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record EnumSpec(
    string FullName,
    string Name,
    string Namespace,
    bool IsFlags,
    EquatableArray<EnumMemberSpec> Members,
    string Description,
    string SourcePath);

/// <summary>An enum member: wire name, documented value, description.</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record EnumMemberSpec(string WireName, long? Value, string Description);
