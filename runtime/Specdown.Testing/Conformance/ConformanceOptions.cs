using System;

namespace Specdown.Testing;

/// <summary>How a documented JSON example is compared with an actual JSON value.</summary>
/// <remarks>Immutable; use <c>with</c> to derive variants. Value equality over all members.</remarks>
public sealed record ConformanceOptions
{
    /// <summary>The defaults for documentation examples: type-level conformance, exact property sets.</summary>
    public static ConformanceOptions Default { get; } = new();

    /// <summary>
    /// The example is shortened (<c>"truncated": true</c> in its annotation): the actual JSON may have more
    /// properties than documented at every level, and arrays may have more items.
    /// </summary>
    public bool Truncated { get; init; }

    /// <summary>
    /// The example is a collection (<c>"isCollection": true</c>): the root array, or the root object's
    /// <c>value</c> array, may have any number of items; each actual item conforms to the documented item at the
    /// same index, or to the first documented item when there are more actual items.
    /// </summary>
    public bool IsCollection { get; init; }

    /// <summary>How documented strings and booleans that are not placeholders are compared.</summary>
    public ValueMode ValueMode { get; init; } = ValueMode.TypeOnly;

    /// <summary>
    /// Documented numbers are examples (default): any number matches any number. When false, numbers compare by
    /// value (<c>1.0</c> equals <c>1</c>).
    /// </summary>
    public bool NumbersAreExamples { get; init; } = true;

    /// <summary>
    /// Compare instance annotations (<c>@odata.context</c>, <c>@odata.etag</c>, <c>@odata.nextLink</c>,
    /// <c>x@odata.y</c>, ...) like properties. Off by default: they are skipped on both sides.
    /// <c>@odata.type</c> is always compared when both sides have it.
    /// </summary>
    public bool CompareInstanceAnnotations { get; init; }

    /// <summary>
    /// Every array is compared item by item with exact lengths (no "items like this" templates, no extra items
    /// even when truncated). Used by DTO round trips, where the input and the output describe the same data.
    /// </summary>
    public bool StrictArrayLengths { get; init; }

    /// <summary>Undocumented actual properties whose value is <c>null</c> count as absent.</summary>
    public bool IgnoreUndocumentedNulls { get; init; }

    /// <summary>
    /// Decides whether an actual <c>@odata.type</c> (second argument) is acceptable where another type (first
    /// argument) is documented, typically because it derives from it. Names arrive without a leading <c>#</c>.
    /// When null, only equal names (ignoring <c>#</c>) are accepted.
    /// </summary>
    public Func<string, string, bool>? IsDerivedType { get; init; }

    /// <summary>The deepest nesting compared; deeper values are reported instead of walked.</summary>
    public int MaxDepth { get; init; } = 256;
}
