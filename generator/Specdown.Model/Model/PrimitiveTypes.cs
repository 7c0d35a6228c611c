using System;
using System.Collections.Generic;

namespace Specdown.Model;

/// <summary>The Edm primitive types the docs use, by canonical name.</summary>
public static class PrimitiveTypes
{
    public const string String = "String";
    public const string Boolean = "Boolean";
    public const string Int16 = "Int16";
    public const string Int32 = "Int32";
    public const string Int64 = "Int64";
    public const string Byte = "Byte";
    public const string SByte = "SByte";
    public const string Double = "Double";
    public const string Single = "Single";
    public const string Decimal = "Decimal";
    public const string DateTimeOffset = "DateTimeOffset";
    public const string Date = "Date";
    public const string TimeOfDay = "TimeOfDay";
    public const string Duration = "Duration";
    public const string Guid = "Guid";
    public const string Binary = "Binary";
    public const string Stream = "Stream";
    public const string Json = "Json";

    /// <summary>Every canonical name.</summary>
    public static readonly IReadOnlyList<string> All = new[]
    {
        String, Boolean, Int16, Int32, Int64, Byte, SByte, Double, Single, Decimal,
        DateTimeOffset, Date, TimeOfDay, Duration, Guid, Binary, Stream, Json,
    };

    private static readonly Dictionary<string, string> Canonical = BuildCanonical();

    /// <summary>The canonical name of a primitive written in any case, with or without <c>Edm.</c>; null if not one.</summary>
    public static string? Normalize(string text)
    {
        var name = text.Trim();
        if (name.StartsWith("Edm.", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(4);
        }

        return Canonical.TryGetValue(name, out var canonical) ? canonical : null;
    }

    private static Dictionary<string, string> BuildCanonical()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in All)
        {
            map[name] = name;
        }

        map["Int"] = Int32;
        map["Integer"] = Int32;
        map["Bool"] = Boolean;
        map["Float"] = Single;
        map["Long"] = Int64;
        map["DateTime"] = DateTimeOffset;
        map["Timestamp"] = DateTimeOffset;
        map["Uuid"] = Guid;
        return map;
    }
}
