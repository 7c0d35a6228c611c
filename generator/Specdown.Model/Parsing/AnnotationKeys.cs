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

    private static readonly Dictionary<string, int> ByName = Build();

    /// <summary>The number of keys in the vocabulary (at most 64, so a set of them fits in a <see cref="ulong"/>).</summary>
    public static int Count => Vocabulary.Length;

    /// <summary>The vocabulary's spelling of <paramref name="key"/> (matched ignoring case), or null when unknown.</summary>
    public static string? Canonical(string key) => ByName.TryGetValue(key, out var index) ? Vocabulary[index] : null;

    /// <summary>The vocabulary's spelling of <paramref name="key"/> and its index in the vocabulary, or null and -1.</summary>
    public static string? Canonical(string key, out int index)
    {
        if (ByName.TryGetValue(key, out index))
        {
            return Vocabulary[index];
        }

        index = -1;
        return null;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Vocabulary.Length; i++)
        {
            map[Vocabulary[i]] = i;
        }

        return map;
    }
}
