using System;
using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>Recognises the docs' type placeholders and produces sample values for them.</summary>
/// <remarks>
/// Like the model's parser (<c>Specdown.Model.Parsing.JsonPlaceholders</c>), primitive names are recognised in any
/// case, with or without <c>Edm.</c>, with the aliases the docs use (<c>Integer</c>, <c>Bool</c>, <c>Long</c>, ...), so
/// that the analyzers and the contract tests agree on what is a placeholder. An enum member spelled like a type
/// (<c>"valueType": "boolean"</c>) still matches an actual string equal to it.
/// </remarks>
public static class Placeholders
{
    /// <summary>The GUID used as the sample value of identifiers and GUIDs.</summary>
    public const string SampleGuid = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    /// <summary>The timestamp used as the sample value of <c>"String (timestamp)"</c>.</summary>
    public const string SampleTimestamp = "2021-01-01T00:00:00Z";

    private static readonly Dictionary<string, PlaceholderKind> TypeNames = BuildTypeNames();

    /// <summary>Classifies a documented string value.</summary>
    public static PlaceholderKind Classify(string value)
    {
        if (value is null || value.Length < 3 || value.Length > 64)
        {
            return PlaceholderKind.None;
        }

        if (value.StartsWith("String", StringComparison.OrdinalIgnoreCase))
        {
            return ClassifyStringFamily(value.AsSpan(6).Trim());
        }

        return value.Length > 24 ? PlaceholderKind.None : ClassifyTypeName(value);
    }

    /// <summary>The JSON text of a sample value for a placeholder (for request bodies and round trips).</summary>
    public static string SampleJson(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Timestamp => "\"" + SampleTimestamp + "\"",
        PlaceholderKind.Date => "\"2021-01-01\"",
        PlaceholderKind.Duration => "\"PT1H\"",
        PlaceholderKind.TimeOfDay => "\"08:00:00\"",
        PlaceholderKind.Guid or PlaceholderKind.Identifier => "\"" + SampleGuid + "\"",
        PlaceholderKind.Binary => "\"AAAA\"",
        PlaceholderKind.Boolean => "true",
        PlaceholderKind.Number => "0",
        PlaceholderKind.Any => "{}",
        _ => "\"string\"",
    };

    /// <summary>Describes what a placeholder expects, for failure messages.</summary>
    public static string Describe(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Timestamp => "an ISO 8601 timestamp",
        PlaceholderKind.Date => "an ISO 8601 date (yyyy-MM-dd)",
        PlaceholderKind.Duration => "an ISO 8601 duration",
        PlaceholderKind.TimeOfDay => "a time of day (hh:mm:ss)",
        PlaceholderKind.Guid => "a GUID",
        PlaceholderKind.Binary => "a base64 string",
        PlaceholderKind.Boolean => "boolean",
        PlaceholderKind.Number => "number",
        PlaceholderKind.Any => "any JSON value",
        _ => "string",
    };

    private static PlaceholderKind ClassifyStringFamily(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return PlaceholderKind.String;
        }

        if (rest[0] != '(' || rest[rest.Length - 1] != ')')
        {
            return PlaceholderKind.None;
        }

        var inner = rest.Slice(1, rest.Length - 2).Trim();
        if (Contains(inner, "duration") || Contains(inner, "timespan"))
        {
            return PlaceholderKind.Duration;
        }

        if (Contains(inner, "timestamp") || Contains(inner, "date-time") || Contains(inner, "datetime")
            || Contains(inner, "iso 8601"))
        {
            return PlaceholderKind.Timestamp;
        }

        if (Contains(inner, "time of day") || Contains(inner, "timeofday"))
        {
            return PlaceholderKind.TimeOfDay;
        }

        if (Contains(inner, "identifier"))
        {
            return PlaceholderKind.Identifier;
        }

        var qualified = ClassifyTypeName(inner.ToString());
        return qualified == PlaceholderKind.None ? PlaceholderKind.String : qualified;
    }

    private static PlaceholderKind ClassifyTypeName(string value)
    {
        var name = value.Trim();
        if (name.StartsWith("Edm.", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(4);
        }

        return TypeNames.TryGetValue(name, out var kind) ? kind : PlaceholderKind.None;
    }

    private static Dictionary<string, PlaceholderKind> BuildTypeNames()
    {
        var map = new Dictionary<string, PlaceholderKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["String"] = PlaceholderKind.String,
            ["Stream"] = PlaceholderKind.String,
            ["Boolean"] = PlaceholderKind.Boolean,
            ["Bool"] = PlaceholderKind.Boolean,
            ["Guid"] = PlaceholderKind.Guid,
            ["Uuid"] = PlaceholderKind.Guid,
            ["Date"] = PlaceholderKind.Date,
            ["Duration"] = PlaceholderKind.Duration,
            ["TimeOfDay"] = PlaceholderKind.TimeOfDay,
            ["DateTimeOffset"] = PlaceholderKind.Timestamp,
            ["DateTime"] = PlaceholderKind.Timestamp,
            ["Timestamp"] = PlaceholderKind.Timestamp,
            ["Binary"] = PlaceholderKind.Binary,
            ["Json"] = PlaceholderKind.Any,
        };
        foreach (var number in new[] { "Int16", "Int32", "Int64", "Byte", "SByte", "Double", "Single", "Decimal", "Int", "Integer", "Long", "Float" })
        {
            map[number] = PlaceholderKind.Number;
        }

        return map;
    }

    private static bool Contains(ReadOnlySpan<char> text, string part) =>
        text.IndexOf(part.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
}
