using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// A resource or complex type documented on a page. Identity is <see cref="FullName"/> (namespace + name, from the
/// resource annotation's <c>@odata.type</c>, else from the title and <c>Namespace:</c> line), not the file name.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record TypeDefinition(
    string Name,
    string Namespace,
    string FullName,
    string? BaseType,
    bool IsAbstract,
    bool IsOpenType,
    bool IsEntity,
    string? KeyProperty,
    EquatableArray<PropertyModel> Properties,
    JsonNode? Representation,
    EquatableArray<string> OptionalProperties,
    string Description,
    string SourcePath,
    LocationInfo Location);
