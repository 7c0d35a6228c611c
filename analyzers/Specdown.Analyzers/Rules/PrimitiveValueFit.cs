using System;
using System.Globalization;
using Specdown.Model;

namespace Specdown.Analyzers.Rules;

/// <summary>Whether a JSON value fits an Edm primitive type as OData JSON writes it.</summary>
internal static class PrimitiveValueFit
{
    public static bool Fits(JsonNode value, string primitive)
    {
        switch (primitive)
        {
            case PrimitiveTypes.String:
            case PrimitiveTypes.Binary:
                return value.Kind == JsonKind.String;
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
                return value.Kind == JsonKind.String && IsDateTimeOffset(value.Text);
            case PrimitiveTypes.Date:
                return value.Kind == JsonKind.String && IsDate(value.Text);
            case PrimitiveTypes.TimeOfDay:
                return value.Kind == JsonKind.String && IsTimeOfDay(value.Text);
            case PrimitiveTypes.Duration:
                return value.Kind == JsonKind.String && IsDuration(value.Text);
            case PrimitiveTypes.Guid:
                return value.Kind == JsonKind.String && Guid.TryParse(value.Text, out _);
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

    /// <summary>ISO 8601 date and time: <c>yyyy-MM-ddTHH:mm[:ss[.f…]][Z|±hh:mm]</c>.</summary>
    public static bool IsDateTimeOffset(string text)
    {
        if (!IsDate(text.Length >= 10 ? text.Substring(0, 10) : text) || text.Length < 16 || (text[10] != 'T' && text[10] != 't' && text[10] != ' '))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
    }

    public static bool IsDate(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsTimeOfDay(string text) =>
        TimeSpan.TryParseExact(text, new[] { @"hh\:mm", @"hh\:mm\:ss", @"hh\:mm\:ss\.FFFFFFF" }, CultureInfo.InvariantCulture, out var time)
        && time < TimeSpan.FromDays(1);

    private static bool IsDuration(string text)
    {
        var start = text.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;
        if (text.Length < start + 2 || (text[start] != 'P' && text[start] != 'p'))
        {
            return false;
        }

        for (var i = start + 1; i < text.Length; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            if (!(char.IsDigit(c) || c is '.' or 'Y' or 'M' or 'W' or 'D' or 'T' or 'H' or 'S'))
            {
                return false;
            }
        }

        return true;
    }
}
