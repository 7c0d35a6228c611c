using System;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>Classifies a table's Type cell (or a return-type phrase) into a <see cref="TypeRef"/>.</summary>
public static class TypeCellParser
{
    /// <summary>Classifies <paramref name="raw"/> (the cell as written, with its links).</summary>
    public static TypeRef Parse(string raw, EquatableArray<LinkRef> links, LocationInfo location) => throw new NotImplementedException("stub");
}
