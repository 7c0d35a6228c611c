using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0018: a response body whose shape or <c>@odata.type</c> contradicts the documented return type (annotation
/// <c>@odata.type</c>/<c>isCollection</c>, else the Response prose): a single object for a collection, a
/// <c>{"value": [...]}</c> collection for a single object, or an <c>@odata.type</c> that is neither the documented type
/// nor derived from it.
/// </summary>
internal static class ResponseTypeRule
{
    public static void Check(DocSet docSet, PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var example in page.Examples)
        {
            var root = example.Json?.Root;
            if (!example.IsResponse || root is null || BodylessStatusRule.CannotCarryBody(example.StatusCode) || example.StatusCode >= 300)
            {
                continue;
            }

            var documented = ExampleTypes.Documented(docSet, page, example, out var isCollection);
            if (documented is null)
            {
                continue;
            }

            var display = isCollection ? "Collection(" + documented.FullName + ")" : documented.FullName;
            var isWrapper = ExampleConformanceRule.IsCollectionWrapper(root, documented, false, out var items);
            if (isCollection && root.IsObject && !isWrapper && root.Get("value") is null)
            {
                output.Add(DiagnosticInfo.Create(RuleIds.ResponseTypeMismatch, example.BodyLocation ?? root.Location, "is a single object", display));
                continue;
            }

            if (!isCollection && (root.IsArray || isWrapper) && ExplicitlySingle(example))
            {
                output.Add(DiagnosticInfo.Create(RuleIds.ResponseTypeMismatch, example.BodyLocation ?? root.Location, "is a collection", display));
                continue;
            }

            if (root.IsObject && ExampleConformanceRule.WrappedSingle(root, documented) is { } inner)
            {
                output.Add(DiagnosticInfo.Create(RuleIds.ResponseTypeMismatch, example.BodyLocation ?? root.Location, "wraps a single object in 'value'", display));
                continue;
            }

            // Prose such as "a collection of user and/or group objects" names more than the one type the parser keeps.
            var prose = string.IsNullOrWhiteSpace(example.Annotation?.ODataType) ? page.Operation?.Response?.Text : null;
            if (root.IsObject && !isWrapper)
            {
                CheckODataType(docSet, root, documented, display, prose, output);
            }
            else if (items is not null || root.IsArray)
            {
                foreach (var item in (items ?? root).Items)
                {
                    CheckODataType(docSet, item, documented, display, prose, output);
                }
            }
        }
    }

    /// <summary>A single object is documented explicitly: by an annotation type without <c>isCollection</c>.</summary>
    private static bool ExplicitlySingle(HttpExample example) =>
        !string.IsNullOrWhiteSpace(example.Annotation?.ODataType) && example.Annotation!.IsCollection != true;

    private static void CheckODataType(DocSet docSet, JsonNode node, TypeDefinition documented, string display, string? prose, List<DiagnosticInfo> output)
    {
        if (!node.IsObject || node.Get("@odata.type") is not { Kind: JsonKind.String } typeValue)
        {
            return;
        }

        var actual = TypeLookup.Find(docSet, typeValue.Text);
        if (actual is null || TypeLookup.IsSameOrDerived(docSet, actual, documented) || TypeLookup.IsSameOrDerived(docSet, documented, actual)
            || (prose is not null && prose.IndexOf("[" + actual.Name + "]", System.StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return;
        }

        output.Add(DiagnosticInfo.Create(RuleIds.ResponseTypeMismatch, typeValue.Location, "has @odata.type '" + RuleText.Short(typeValue.Text) + "'", display));
    }
}
