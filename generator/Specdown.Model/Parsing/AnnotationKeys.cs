using System;
using System.Collections.Generic;

namespace Specdown.Model.Parsing;

/// <summary>
/// The annotation key vocabulary: ApiDoctor's code-block annotation keys and the page-annotation keys
/// (<c>"type": "#page.annotation"</c>) found in Graph-style docs. Keys outside it are reported as unknown.
/// </summary>
internal static class AnnotationKeys
{
    private static readonly string[] Vocabulary =
    {
        // Code-block annotations (ApiDoctor CodeBlockAnnotation).
        "blockType", "name", "@odata.type", "@type", "@type.aka", "@property.aka", "@odata.annotations",
        "isCollection", "collectionProperty", "truncated", "optionalProperties", "nullableProperties", "keyProperty",
        "baseType", "openType", "abstract", "isEmpty", "isComposable", "isMediaEntity", "expectError", "sampleKeys",
        "longRunningResponseType", "idempotent", "scopes", "apiVersions", "tags", "target", "opaqueUrl", "namespace",

        // Page annotations.
        "type", "title", "description", "keywords", "section", "tocPath", "tocBookmarks", "suppressions",
    };

    private static readonly Dictionary<string, string> ByName = Build();

    /// <summary>The vocabulary's spelling of <paramref name="key"/> (matched ignoring case), or null when unknown.</summary>
    public static string? Canonical(string key) => ByName.TryGetValue(key, out var canonical) ? canonical : null;

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in Vocabulary)
        {
            map[key] = key;
        }

        return map;
    }
}
