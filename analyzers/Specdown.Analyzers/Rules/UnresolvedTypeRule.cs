using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0011: a named type reference (table Type cell, request-body or return type) that no page of the doc set documents.
/// A page checked without the pages it links to reports its references; check the whole docs folder.
/// </summary>
internal static class UnresolvedTypeRule
{
    public static void Check(DocSet docSet, PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var type in page.Types)
        {
            CheckAll(docSet, page, type.Properties, output);
        }

        var operation = page.Operation;
        if (operation is null)
        {
            return;
        }

        CheckAll(docSet, page, operation.PathParameters, output);
        CheckAll(docSet, page, operation.QueryParameters, output);
        CheckAll(docSet, page, operation.FunctionParameters, output);
        CheckAll(docSet, page, operation.RequestBodyProperties, output);
        CheckOne(docSet, page, operation.RequestBodyType, output);
        CheckOne(docSet, page, operation.Response?.ReturnType, output);
    }

    private static void CheckAll(DocSet docSet, PageModel page, Specdown.Model.Collections.EquatableArray<PropertyModel> properties, List<DiagnosticInfo> output)
    {
        foreach (var property in properties)
        {
            CheckOne(docSet, page, property.Type, output);
        }
    }

    /// <summary>
    /// A name written with a partial namespace (<c>termStore.term</c>, for <c>microsoft.graph.termStore.term</c>) that the
    /// doc set's own lookup (full or short names) does not try.
    /// </summary>
    private static bool FoundWithNamespace(DocSet docSet, string name)
    {
        if (name.IndexOf('.') < 0)
        {
            return false;
        }

        var full = "microsoft.graph." + name;
        return docSet.FindType(full) is not null || docSet.FindEnum(full) is not null;
    }

    private static void CheckOne(DocSet docSet, PageModel page, TypeRef? type, List<DiagnosticInfo> output)
    {
        if (type is null || !type.IsNamed)
        {
            return;
        }

        var resolved = docSet.Resolve(type, page.Path);
        if (resolved.Kind == ResolvedTypeKind.Unresolved && !FoundWithNamespace(docSet, type.Name))
        {
            output.Add(DiagnosticInfo.Create(RuleIds.UnresolvedType, type.Location, RuleText.Short(type.Name)));
        }
    }
}
