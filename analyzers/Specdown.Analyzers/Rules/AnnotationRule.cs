using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0013: annotation problems the parser does not report itself. The parser (AnnotationReader) already reports JSON
/// that is not strict, unknown keys, unknown <c>blockType</c> values and values of the wrong shape; this rule adds a
/// block annotation (one before a code fence) that has no <c>blockType</c> at all, so tools cannot tell what it is.
/// </summary>
internal static class AnnotationRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var block in page.CodeBlocks)
        {
            var annotation = block.Annotation;
            if (annotation is { IsPageAnnotation: false, BlockType: null } && !annotation.Entries.IsEmpty)
            {
                output.Add(DiagnosticInfo.Create(RuleIds.InvalidAnnotation, annotation.Location, "the annotation has no blockType"));
            }
        }
    }
}
