using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// An ApiDoctor annotation: the JSON in an HTML comment (<c>&lt;!-- { "blockType": "request", ... } --&gt;</c>) before a
/// code fence, or a page-level annotation (<c>"type": "#page.annotation"</c>). Known keys are typed; every key, known or
/// not, is also kept in <see cref="Entries"/> so nothing is dropped.
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record Annotation(
    string? BlockType,
    string? Name,
    string? ODataType,
    bool? IsCollection,
    bool? Truncated,
    EquatableArray<string> OptionalProperties,
    string? KeyProperty,
    string? BaseType,
    bool? OpenType,
    bool IsPageAnnotation,
    EquatableArray<AnnotationEntry> Entries,
    bool IsStrictJson,
    LocationInfo Location)
{
    /// <summary>The known block types (lower case).</summary>
    public static readonly EquatableArray<string> KnownBlockTypes =
        new[] { "request", "response", "resource", "ignored", "example", "samples", "enum", "complextype", "entity" };

    public bool IsRequest => BlockType == "request";

    public bool IsResponse => BlockType == "response";

    public bool IsResource => BlockType == "resource";

    public bool IsIgnored => BlockType == "ignored";
}

/// <summary>One key of an annotation with its value as compact JSON text.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record AnnotationEntry(string Key, string ValueJson, LocationInfo Location);
