using System;
using System.Collections.Generic;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>Reads an ApiDoctor annotation from an HTML comment <c>&lt;!-- { ... } --&gt;</c>, tolerantly.</summary>
public static class AnnotationReader
{
    /// <summary>At most this many recoveries of one annotation are reported one by one; the rest are counted.</summary>
    private const int MaxRecoveryDiagnostics = 10;

    /// <summary>
    /// Reads the comment spanning [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) of the page
    /// (the whole <c>&lt;!-- ... --&gt;</c>). Returns null when the comment holds no JSON object (a plain comment: its
    /// text does not begin with <c>{</c>). Adds SPD0013 diagnostics for non-strict JSON, unknown blockType or keys.
    /// </summary>
    public static Annotation? Read(LineMap map, int start, int length, List<DiagnosticInfo> diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        var text = map.Text;
        start = Math.Max(0, Math.Min(start, text.Length));
        var end = Math.Max(start, Math.Min(text.Length, start + Math.Max(0, length)));
        var contentStart = SkipWhiteSpace(text, start, end);
        if (string.CompareOrdinal(text, contentStart, "<!--", 0, 4) == 0 && contentStart + 4 <= end)
        {
            contentStart += 4;
        }

        var contentEnd = end;
        var close = end >= 3 ? text.LastIndexOf("-->", end - 1, end - contentStart, StringComparison.Ordinal) : -1;
        if (close >= contentStart && close + 3 <= end)
        {
            contentEnd = close;
        }

        var jsonStart = SkipWhiteSpace(text, contentStart, contentEnd);
        if (jsonStart >= contentEnd || text[jsonStart] != '{')
        {
            return null;
        }

        var jsonEnd = contentEnd;
        while (jsonEnd > jsonStart && char.IsWhiteSpace(text[jsonEnd - 1]))
        {
            jsonEnd--;
        }

        var document = TolerantJsonReader.Read(map, jsonStart, jsonEnd - jsonStart);
        diagnostics ??= new List<DiagnosticInfo>();
        ReportRecoveries(document, diagnostics);
        var root = document.Root is { Kind: JsonKind.Object } ? document.Root : null;
        var fields = new AnnotationFieldReader(diagnostics);
        return fields.Build(root, document.IsStrict, map.GetLocation(start, end - start));
    }

    private static void ReportRecoveries(JsonDocumentInfo document, List<DiagnosticInfo> diagnostics)
    {
        var count = document.Recoveries.Count;
        for (var i = 0; i < count && i < MaxRecoveryDiagnostics; i++)
        {
            var recovery = document.Recoveries[i];
            diagnostics.Add(DiagnosticInfo.Create(
                RuleIds.InvalidAnnotation,
                recovery.Location,
                "annotation is not strict JSON (" + recovery.Kind.Replace('-', ' ') + "); read tolerantly"));
        }

        if (count > MaxRecoveryDiagnostics)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                RuleIds.InvalidAnnotation,
                document.Recoveries[MaxRecoveryDiagnostics].Location,
                "annotation is not strict JSON (" + (count - MaxRecoveryDiagnostics).ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " more departures); read tolerantly"));
        }
    }

    private static int SkipWhiteSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
