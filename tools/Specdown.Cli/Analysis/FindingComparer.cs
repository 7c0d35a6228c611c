using System;
using System.Collections.Generic;

namespace Specdown.Cli.Analysis;

/// <summary>The output order of findings: path, line, column, ID, message (all ordinal).</summary>
public sealed class FindingComparer : IComparer<Finding>
{
    public static readonly FindingComparer Instance = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = string.CompareOrdinal(x.Path, y.Path);
        if (result == 0) result = x.Location.StartLine.CompareTo(y.Location.StartLine);
        if (result == 0) result = x.Location.StartColumn.CompareTo(y.Location.StartColumn);
        if (result == 0) result = string.CompareOrdinal(x.Id, y.Id);
        if (result == 0) result = string.CompareOrdinal(x.Message, y.Message);
        if (result == 0) result = x.Location.EndLine.CompareTo(y.Location.EndLine);
        if (result == 0) result = x.Location.EndColumn.CompareTo(y.Location.EndColumn);
        return result;
    }
}
