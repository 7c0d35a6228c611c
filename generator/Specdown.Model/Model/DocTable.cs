using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>A pipe table with its kind (from its header and the heading above it), header cells and rows.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record DocTable(
    TableKind Kind,
    string SectionHeading,
    EquatableArray<TableCell> Header,
    EquatableArray<TableRow> Rows,
    LocationInfo Location);

/// <summary>One table row; <see cref="IsGroupRow"/> marks rows such as <c>| **Chat management** |||</c>.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record TableRow(EquatableArray<TableCell> Cells, bool IsGroupRow, LocationInfo Location)
{
    /// <summary>The plain text of cell <paramref name="index"/>, or empty when the row is short.</summary>
    public string Text(int index) => index >= 0 && index < Cells.Count ? Cells[index].Text : string.Empty;
}

/// <summary>
/// A table cell: <see cref="Text"/> is plain text (markup removed, <c>&lt;br&gt;</c> as space), <see cref="Raw"/> the
/// source as written (with links), <see cref="Links"/> the links inside it. A struct, stored inline in its row's array
/// (a doc set has hundreds of thousands of cells).
/// </summary>
/// <remarks>Equality: all members by value. <c>default</c> (null texts) is never produced by the parser.</remarks>
public readonly record struct TableCell(string Text, string Raw, EquatableArray<LinkRef> Links, LocationInfo Location);

/// <summary>What a table documents.</summary>
public enum TableKind
{
    Unknown = 0,
    Properties,
    Relationships,
    RequestBody,
    PathParameters,
    QueryParameters,
    FunctionParameters,
    RequestHeaders,
    ResponseHeaders,
    Permissions,
    Methods,
    EnumValues,
    Other,
}
