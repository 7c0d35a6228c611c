using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads JSON as the docs write it: strict JSON, plus trailing commas, unquoted keys, missing commas, comments,
/// <c>...</c> elisions and single quotes, each recovery recorded with its location. Never throws; nesting deeper
/// than <see cref="MaxDepth"/> is kept as text and reported.
/// </summary>
/// <remarks>
/// Recovery kinds: <c>trailing-comma</c>, <c>unquoted-key</c>, <c>missing-comma</c>, <c>missing-colon</c>,
/// <c>missing-value</c>, <c>comment</c>, <c>ellipsis</c>, <c>single-quotes</c>, <c>curly-quotes</c>, <c>unterminated-string</c>,
/// <c>invalid-escape</c>, <c>lone-surrogate</c>, <c>control-character</c>, <c>invalid-number</c>,
/// <c>unquoted-value</c>, <c>unexpected-character</c>, <c>mismatched-bracket</c>, <c>truncated</c>,
/// <c>depth-limit</c>, <c>trailing-content</c>, <c>empty</c>. One pass, time linear in the input.
/// </remarks>
public static class TolerantJsonReader
{
    public const int MaxDepth = 128;

    /// <summary>Reads the JSON text at [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of the page.</summary>
    public static JsonDocumentInfo Read(LineMap map, int start, int length)
    {
        if (map is null)
        {
            throw new ArgumentNullException(nameof(map));
        }

        return new JsonParser(map, start, length).ReadDocument();
    }
}
