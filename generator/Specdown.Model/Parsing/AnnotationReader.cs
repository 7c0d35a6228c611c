using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>Reads an ApiDoctor annotation from an HTML comment <c>&lt;!-- { ... } --&gt;</c>, tolerantly.</summary>
public static class AnnotationReader
{
    /// <summary>
    /// Reads the comment spanning [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of the page
    /// (the whole <c>&lt;!-- ... --&gt;</c>). Returns null when the comment holds no JSON object (a plain comment).
    /// Adds SPD0013 diagnostics for non-strict JSON, unknown blockType or keys.
    /// </summary>
    public static Annotation? Read(LineMap map, int start, int length, List<DiagnosticInfo> diagnostics) => throw new NotImplementedException("stub");
}
