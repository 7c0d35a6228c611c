using System;
using System.Globalization;
using System.Xml;

namespace Specdown.Testing;

/// <summary>Format checks for the placeholder kinds that constrain a string's content.</summary>
internal static class IsoFormats
{
    private static readonly string[] DateFormats = { "yyyy-MM-dd" };
    private static readonly string[] TimeFormats = { "HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF" };

    public static bool Conforms(PlaceholderKind kind, string value) => kind switch
    {
        PlaceholderKind.Timestamp => IsTimestamp(value),
        PlaceholderKind.Date => DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        PlaceholderKind.Duration => IsDuration(value),
        PlaceholderKind.TimeOfDay => TimeOnly.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        PlaceholderKind.Guid => System.Guid.TryParse(value, out _),
        _ => true,
    };

    /// <summary>An ISO 8601 date-time: <c>yyyy-MM-ddTHH:mm...</c> with an optional offset, parseable as a <see cref="DateTimeOffset"/>.</summary>
    public static bool IsTimestamp(string value) => TryParseTimestamp(value, out _);

    public static bool TryParseTimestamp(string value, out DateTimeOffset instant)
    {
        instant = default;
        if (value.Length < 16 || value[4] != '-' || value[7] != '-' || (value[10] != 'T' && value[10] != 't' && value[10] != ' ')
            || !IsDigits(value, 0, 4) || !IsDigits(value, 5, 2) || !IsDigits(value, 8, 2))
        {
            return false;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out instant);
    }

    private static bool IsDuration(string value)
    {
        var start = value.Length > 0 && value[0] == '-' ? 1 : 0;
        if (value.Length < start + 3 || value[start] != 'P')
        {
            return false;
        }

        try
        {
            XmlConvert.ToTimeSpan(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    private static bool IsDigits(string value, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
