using System;
using System.Collections.Generic;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>Assembles the <see cref="OperationModel"/> of an API page from its paths, tables and prose.</summary>
internal static class OperationBuilder
{
    public static OperationModel Build(PageContext context)
    {
        var pathParameters = new List<PropertyModel>();
        var queryParameters = new List<PropertyModel>();
        var functionParameters = new List<PropertyModel>();
        var headers = new List<PropertyModel>();
        var body = new List<PropertyModel>();
        foreach (var item in context.Tables)
        {
            var target = item.Table.Kind switch
            {
                TableKind.PathParameters => pathParameters,
                TableKind.QueryParameters => queryParameters,
                TableKind.FunctionParameters => functionParameters,
                TableKind.RequestHeaders => headers,
                TableKind.RequestBody => body,
                _ => null,
            };
            target?.AddRange(TablePropertyReader.Read(context, item));
        }

        return new OperationModel(
            context.Title ?? string.Empty,
            context.Paths,
            pathParameters,
            queryParameters,
            functionParameters,
            headers,
            body,
            RequestBodyType(context),
            OperationResponseReader.Read(context),
            context.TitleLocation ?? LocationInfo.FileStart(context.Path));
    }

    /// <summary>The type named by "supply a JSON representation of the [chat](...) object" in the Request body prose.</summary>
    private static TypeRef? RequestBodyType(PageContext context)
    {
        foreach (var item in context.Prose)
        {
            if (item.Block.Section != SectionKind.RequestBody || item.Links == null ||
                item.Block.Text.IndexOf("JSON representation", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            if (OperationResponseReader.FirstTypeLink(item.Links, 0) is { } link)
            {
                return TypeCellParser.Parse(context.Map.Text.Substring(link.Location.Start, link.Location.Length), new[] { link }, link.Location);
            }
        }

        return null;
    }
}
