using System;

namespace Specdown.Testing;

/// <summary>Recognises the docs' type placeholders and produces sample values for them.</summary>
/// <remarks>
/// The <c>String</c> family is recognised in any case (<c>"string (identifier)"</c>); the other type names only in
/// the spellings the docs use (<c>"Boolean"</c>, <c>"Int32"</c>, <c>"Guid"</c>/<c>"GUID"</c>), so that lower-case enum
/// members such as <c>"date"</c> or <c>"boolean"</c> stay concrete values.
/// </remarks>
public static class Placeholders
{
    /// <summary>The GUID used as the sample value of identifiers and GUIDs.</summary>
    public const string SampleGuid = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    /// <summary>The timestamp used as the sample value of <c>"String (timestamp)"</c>.</summary>
    public const string SampleTimestamp = "2021-01-01T00:00:00Z";

    /// <summary>Classifies a documented string value.</summary>
    public static PlaceholderKind Classify(string value)
    {
        if (value is null || value.Length < 4 || value.Length > 64)
        {
            return PlaceholderKind.None;
        }

        if (value.StartsWith("String", StringComparison.OrdinalIgnoreCase))
        {
            return ClassifyStringFamily(value.AsSpan(6).Trim());
        }

        if (value.StartsWith("Edm.", StringComparison.Ordinal))
        {
            value = value.Substring(4);
        }

        return ClassifyTypeName(value);
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

        if (inner.Equals("date", StringComparison.OrdinalIgnoreCase))
        {
            return PlaceholderKind.Date;
        }

        return PlaceholderKind.String;
    }

    private static PlaceholderKind ClassifyTypeName(string value) => value switch
    {
        "Boolean" => PlaceholderKind.Boolean,
        "Int16" or "Int32" or "Int64" or "Byte" or "SByte" or "Double" or "Single" or "Decimal" => PlaceholderKind.Number,
        "Guid" or "GUID" => PlaceholderKind.Guid,
        "Date" => PlaceholderKind.Date,
        "Duration" => PlaceholderKind.Duration,
        "TimeOfDay" => PlaceholderKind.TimeOfDay,
        "DateTimeOffset" or "DateTime" => PlaceholderKind.Timestamp,
        "Binary" => PlaceholderKind.Binary,
        _ => PlaceholderKind.None,
    };

    private static bool Contains(ReadOnlySpan<char> text, string part) =>
        text.IndexOf(part.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
}
