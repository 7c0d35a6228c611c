using System;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads JSON as the docs write it: strict JSON, plus trailing commas, unquoted keys, missing commas, comments,
/// <c>...</c> elisions and single quotes, each recovery recorded with its location. Never throws; nesting deeper
/// than <see cref="MaxDepth"/> is kept as text and reported.
/// </summary>
public static class TolerantJsonReader
{
    public const int MaxDepth = 128;

    /// <summary>Reads the JSON text at [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of the page.</summary>
    public static JsonDocumentInfo Read(LineMap map, int start, int length) => throw new NotImplementedException("stub: issue #2 low-level parsers");
}
