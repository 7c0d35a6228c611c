using System;
using System.Globalization;
using Specdown.Model;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Whether a JSON value fits an Edm primitive type as OData JSON writes it and as the generated DTOs read it: string
/// formats follow <see cref="JsonStringFormats"/> (System.Text.Json's ISO 8601 profile, <c>D</c> GUIDs, base64).
/// </summary>
internal static class PrimitiveValueFit
{
    public static bool Fits(JsonNode value, string primitive)
    {
        switch (primitive)
        {
            case PrimitiveTypes.String:
                return value.Kind == JsonKind.String;
            case PrimitiveTypes.Binary:
                return value.Kind == JsonKind.String && JsonStringFormats.IsBase64(value.Text);
            case PrimitiveTypes.Boolean:
                return value.Kind is JsonKind.True or JsonKind.False;
            case PrimitiveTypes.Int16:
                return IsInteger(value, short.MinValue, short.MaxValue, allowString: false);
            case PrimitiveTypes.Int32:
                return IsInteger(value, int.MinValue, int.MaxValue, allowString: false);
            case PrimitiveTypes.Byte:
                return IsInteger(value, byte.MinValue, byte.MaxValue, allowString: false);
            case PrimitiveTypes.SByte:
                return IsInteger(value, sbyte.MinValue, sbyte.MaxValue, allowString: false);
            case PrimitiveTypes.Int64:
                return IsInteger(value, long.MinValue, long.MaxValue, allowString: true);
            case PrimitiveTypes.Double:
            case PrimitiveTypes.Single:
            case PrimitiveTypes.Decimal:
                return IsReal(value);
            case PrimitiveTypes.DateTimeOffset:
                return value.Kind == JsonKind.String && JsonStringFormats.IsDateTimeOffset(value.Text);
            case PrimitiveTypes.Date:
                return value.Kind == JsonKind.String && JsonStringFormats.IsDate(value.Text);
            case PrimitiveTypes.TimeOfDay:
                return value.Kind == JsonKind.String && IsTimeOfDay(value.Text);
            case PrimitiveTypes.Duration:
                return value.Kind == JsonKind.String && JsonStringFormats.IsDuration(value.Text);
            case PrimitiveTypes.Guid:
                return value.Kind == JsonKind.String && JsonStringFormats.IsGuid(value.Text);
            default:
                // Stream, Json and anything unknown accept every value.
                return true;
        }
    }

    private static bool IsInteger(JsonNode value, long min, long max, bool allowString)
    {
        if (value.Kind == JsonKind.String && !allowString)
        {
            return false;
        }

        if (value.Kind is not (JsonKind.Number or JsonKind.String))
        {
            return false;
        }

        return long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max;
    }

    private static bool IsReal(JsonNode value)
    {
        if (value.Kind == JsonKind.Number)
        {
            return true;
        }

        return value.Kind == JsonKind.String
            && (value.Text is "NaN" or "INF" or "-INF"
                || double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    private static bool IsTimeOfDay(string text) =>
        TimeSpan.TryParseExact(text, new[] { @"hh\:mm", @"hh\:mm\:ss", @"hh\:mm\:ss\.FFFFFFF" }, CultureInfo.InvariantCulture, out var time)
        && time < TimeSpan.FromDays(1);
}
