using System;
using System.Collections.Generic;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Reads the rows of a property-like table (properties, relationships, request body, parameters, headers) into
/// <see cref="PropertyModel"/>s: name, type (through <see cref="TypeCellParser"/>, SPD0102 when unclassified) and the
/// facts the description states.
/// </summary>
internal static class TablePropertyReader
{
    public static List<PropertyModel> Read(PageContext context, TableItem item)
    {
        var table = item.Table;
        var result = new List<PropertyModel>(table.Rows.Count);
        var header = table.Header;
        var typeColumn = TypeColumn(header, table.Kind);
        var descriptionColumn = DescriptionColumn(header, typeColumn);
        var requiredColumn = RequiredColumn(header);
        var allRequired = table.Kind == TableKind.RequestBody && IntroSaysRequired(item.Intro);
        var isRelationship = table.Kind == TableKind.Relationships;
        foreach (var row in table.Rows)
        {
            if (row.IsGroupRow || row.Cells.Count == 0 || row.Cells[0].Text.Length == 0)
            {
                continue;
            }

            var (name, deprecated) = TablePropertyFacts.Name(row.Cells[0].Text);
            var type = typeColumn >= 0 && typeColumn < row.Cells.Count ? ReadType(context, row.Cells[typeColumn]) : NoType(row.Cells[0].Location);
            var description = descriptionColumn >= 0 ? row.Text(descriptionColumn) : string.Empty;
            var optional = TablePropertyFacts.SaysOptional(description) || type.IsOptional;
            var required = TablePropertyFacts.SaysRequired(description) ||
                requiredColumn >= 0 && TablePropertyFacts.IsYes(row.Text(requiredColumn)) ||
                allRequired && !optional;
            result.Add(new PropertyModel(
                name,
                type,
                description,
                isRelationship,
                TablePropertyFacts.SaysReadOnly(description),
                required,
                optional,
                deprecated || TablePropertyFacts.SaysDeprecated(description),
                TablePropertyFacts.SaysKey(description),
                TablePropertyFacts.InheritedFrom(description, descriptionColumn >= 0 && descriptionColumn < row.Cells.Count ? row.Cells[descriptionColumn].Links : default),
                TablePropertyFacts.SaysNullable(description),
                row.Location));
        }

        return result;
    }

    private static TypeRef ReadType(PageContext context, TableCell cell)
    {
        var type = TypeCellParser.Parse(cell.Raw, cell.Links, cell.Location);
        if (type.Kind == TypeRefKind.Unclassified)
        {
            context.Report(RuleIds.UnclassifiedTypeCell, cell.Location, cell.Raw);
        }

        return type;
    }

    private static TypeRef NoType(LocationInfo location) =>
        new(TypeRefKind.None, string.Empty, null, false, false, string.Empty, location with { Length = 0, EndLine = location.StartLine, EndColumn = location.StartColumn });

    private static readonly string[] TypeColumnNames = { "type", "value type", "data type", "property type", "parameter type" };

    private static int TypeColumn(EquatableArray<TableCell> header, TableKind kind)
    {
        if (kind is TableKind.RequestBody or TableKind.PathParameters or TableKind.QueryParameters or TableKind.FunctionParameters &&
            TableClassifier.IndexOf(header, "type") < 0 && TableClassifier.IndexOf(header, "value") > 0)
        {
            return TableClassifier.IndexOf(header, "value");
        }

        foreach (var name in TypeColumnNames)
        {
            var index = TableClassifier.IndexOf(header, name);
            if (index > 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static int DescriptionColumn(EquatableArray<TableCell> header, int typeColumn)
    {
        for (var i = 1; i < header.Count; i++)
        {
            var text = TableClassifier.Normalize(header[i].Text);
            if (text.IndexOf("description", StringComparison.Ordinal) >= 0 || text == "notes" || text == "remarks")
            {
                return i;
            }
        }

        if (typeColumn < 0 && header.Count >= 2)
        {
            return header.Count - 1;
        }

        return header.Count > typeColumn + 1 && typeColumn >= 0 ? header.Count - 1 : -1;
    }

    private static int RequiredColumn(EquatableArray<TableCell> header)
    {
        for (var i = 1; i < header.Count; i++)
        {
            var text = TableClassifier.Normalize(header[i].Text).AsSpan().TrimEnd('?');
            if (text.SequenceEqual("required".AsSpan()) || text.SequenceEqual("is required".AsSpan()) || text.SequenceEqual("mandatory".AsSpan()))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IntroSaysRequired(string? intro) =>
        intro != null && intro.IndexOf("are required", StringComparison.OrdinalIgnoreCase) >= 0 &&
        intro.IndexOf("optional", StringComparison.OrdinalIgnoreCase) < 0;
}
