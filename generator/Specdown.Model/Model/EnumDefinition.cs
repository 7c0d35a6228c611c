using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>An enum type from an enum page or a <c>### x values</c> section of a resource page.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record EnumDefinition(
    string Name,
    string Namespace,
    string FullName,
    bool IsFlags,
    EquatableArray<EnumMember> Members,
    string Description,
    string SourcePath,
    LocationInfo Location);

/// <summary>An enum member: wire name, numeric value when documented, description.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record EnumMember(string Name, long? Value, string Description, LocationInfo Location);
