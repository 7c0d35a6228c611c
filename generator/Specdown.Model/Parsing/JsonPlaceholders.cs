using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// Recognises the docs' type placeholders in example JSON: <c>"String"</c>, <c>"String (timestamp)"</c>,
/// <c>"String (identifier)"</c>, <c>"Boolean"</c>, <c>"Int32"</c>, <c>{"@odata.type": "microsoft.graph.x"}</c>.
/// </summary>
public static class JsonPlaceholders
{
    /// <summary>
    /// Whether <paramref name="value"/> is a type placeholder; <paramref name="primitive"/> is the canonical primitive it
    /// stands for (e.g. DateTimeOffset for "String (timestamp)"), or the type name for a placeholder object.
    /// </summary>
    public static bool IsPlaceholder(JsonNode value, out string placeholderType) => throw new NotImplementedException("stub");
}
