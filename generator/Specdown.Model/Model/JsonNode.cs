using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// A JSON value read (tolerantly) from a page, with its location. <see cref="Text"/> holds the string value of a
/// string, the literal of a number, <c>true</c>/<c>false</c>/<c>null</c>, or the raw text of a value that could not be
/// read (<see cref="JsonKind.Invalid"/>).
/// </summary>
/// <remarks>Equality: structural, all members by value (including locations).</remarks>
public sealed record JsonNode(
    JsonKind Kind,
    string Text,
    EquatableArray<JsonMember> Members,
    EquatableArray<JsonNode> Items,
    LocationInfo Location)
{
    public bool IsObject => Kind == JsonKind.Object;

    public bool IsArray => Kind == JsonKind.Array;

    /// <summary>The first member with that name (ordinal), or null.</summary>
    public JsonNode? Get(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member.Value;
            }
        }

        return null;
    }

    /// <summary>The string value of the member with that name, when it is a string.</summary>
    public string? GetString(string name) => Get(name) is { Kind: JsonKind.String } value ? value.Text : null;
}

/// <summary>
/// A member of a JSON object: name, value and the location of the name. A struct, stored inline in its object's member
/// array: example bodies have hundreds of thousands of members, and a checked doc set keeps them all.
/// </summary>
/// <remarks>Equality: all members by value. <c>default</c> (null name and value) is never produced by the parser.</remarks>
public readonly record struct JsonMember(string Name, JsonNode Value, LocationInfo NameLocation);

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
public enum JsonKind
{
    Invalid = 0,
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
    /// <summary>An elision such as <c>...</c> standing for omitted content.</summary>
    Ellipsis,
}
