using System;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// The page kind: from the front matter's <c>doc_type</c> (case-insensitive prefix, so <c>resourcePageType_</c> and
/// <c>apiPageType </c> count), else inferred from the content (SPD0110).
/// </summary>
internal static class PageKindResolver
{
    /// <summary>The kind a doc_type value declares, or Unknown.</summary>
    public static PageKind FromDocType(string? docType)
    {
        if (docType == null)
        {
            return PageKind.Unknown;
        }

        var value = docType.Trim();
        if (value.StartsWith("apiPageType", StringComparison.OrdinalIgnoreCase))
        {
            return PageKind.Api;
        }

        if (value.StartsWith("resourcePageType", StringComparison.OrdinalIgnoreCase))
        {
            return PageKind.Resource;
        }

        if (value.StartsWith("enumPageType", StringComparison.OrdinalIgnoreCase))
        {
            return PageKind.Enum;
        }

        return value.StartsWith("conceptualPageType", StringComparison.OrdinalIgnoreCase) ? PageKind.Conceptual : PageKind.Unknown;
    }

    /// <summary>The final kind; reports SPD0110 when it had to be inferred.</summary>
    public static PageKind Resolve(PageContext context, string? docType)
    {
        if (context.DocTypeKind != PageKind.Unknown)
        {
            return context.DocTypeKind;
        }

        var kind = Infer(context);
        var location = docType != null ? FrontMatterLocation(context) : LocationInfo.FileStart(context.Path);
        context.Report(RuleIds.UnknownPageKind, location, docType ?? string.Empty, kind.ToString());
        return kind;
    }

    private static PageKind Infer(PageContext context)
    {
        foreach (var heading in context.Headings)
        {
            if (heading.Kind == SectionKind.HttpRequest)
            {
                return PageKind.Api;
            }
        }

        if (context.ResourceBlocks.Count > 0)
        {
            return PageKind.Resource;
        }

        var hasEnumTable = false;
        foreach (var item in context.Tables)
        {
            if (item.Table.Kind is TableKind.Properties or TableKind.Relationships)
            {
                return PageKind.Resource;
            }

            hasEnumTable |= item.Table.Kind == TableKind.EnumValues;
        }

        return hasEnumTable ? PageKind.Enum : PageKind.Conceptual;
    }

    private static LocationInfo FrontMatterLocation(PageContext context)
    {
        foreach (var entry in context.FrontMatter)
        {
            if (string.Equals(entry.Key, "doc_type", StringComparison.OrdinalIgnoreCase))
            {
                return entry.Location;
            }
        }

        return LocationInfo.FileStart(context.Path);
    }
}
