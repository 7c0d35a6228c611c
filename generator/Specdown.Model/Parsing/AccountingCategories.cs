using System;
using System.Collections.Generic;

namespace Specdown.Model.Parsing;

/// <summary>The accounting category strings, built once (no string concatenation per block).</summary>
internal static class AccountingCategories
{
    private static readonly string[] Tables = BuildTables();
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase);
    private static readonly object Gate = new();

    public static string Table(TableKind kind)
    {
        var index = (int)kind;
        return index >= 0 && index < Tables.Length ? Tables[index] : "table:" + kind.ToString();
    }

    /// <summary>"code:" + the annotation's block type in lower case, cached for the types the corpus uses.</summary>
    public static string Code(string blockType)
    {
        lock (Gate)
        {
            if (Codes.TryGetValue(blockType, out var category))
            {
                return category;
            }

            category = "code:" + blockType.ToLowerInvariant();
            if (Codes.Count < 64)
            {
                Codes[blockType] = category;
            }

            return category;
        }
    }

    private static string[] BuildTables()
    {
        var values = (TableKind[])Enum.GetValues(typeof(TableKind));
        var max = 0;
        foreach (var value in values)
        {
            max = Math.Max(max, (int)value);
        }

        var result = new string[max + 1];
        foreach (var value in values)
        {
            result[(int)value] = "table:" + value.ToString();
        }

        return result;
    }
}
