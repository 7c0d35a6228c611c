using System;
using System.Xml;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// The string formats a reader of the generated DTOs accepts (System.Text.Json's own rules, and the DTOs' ISO 8601
/// duration converter), so that SPD0007 reports exactly the strings the contract tests' round trip cannot read:
/// ISO 8601 date-times in System.Text.Json's profile, GUIDs in the hyphenated <c>D</c> form, standard base64.
/// </summary>
/// <remarks>No allocation on the date-time, GUID and base64 paths; pure functions of the text.</remarks>
internal static class JsonStringFormats
{
    private const int MaxDateTimeLength = 42;
    private const int MaxFractionDigits = 16;

    /// <summary>
    /// System.Text.Json's ISO 8601 profile for <see cref="DateTimeOffset"/>: <c>yyyy-MM-dd</c>, optionally
    /// <c>Thh:mm[:ss[.fraction]]</c>, then optionally <c>Z</c> or <c>±hh[:mm]</c> (offsets only after a time).
    /// A space instead of <c>T</c>, <c>±hhmm</c> offsets and text are not read.
    /// </summary>
    public static bool IsDateTimeOffset(string text)
    {
        if (text.Length < 10 || text.Length > MaxDateTimeLength || !IsCalendarDate(text))
        {
            return false;
        }

        if (text.Length == 10)
        {
            return true;
        }

        if (text.Length < 16 || text[10] != 'T' || text[13] != ':' || !TwoDigits(text, 11, 23) || !TwoDigits(text, 14, 59))
        {
            return false;
        }

        var index = 16;
        if (index < text.Length && text[index] == ':')
        {
            if (text.Length < 19 || !TwoDigits(text, 17, 59))
            {
                return false;
            }

            index = 19;
            if (index < text.Length && text[index] == '.')
            {
                index++;
                var start = index;
                while (index < text.Length && index - start < MaxFractionDigits && IsDigit(text[index]))
                {
                    index++;
                }

                if (index == text.Length && index == start)
                {
                    // A bare '.' at the end; System.Text.Json does accept ".Z" and ".+01:00" (no digits, then an offset).
                    return false;
                }
            }
        }

        return index == text.Length || IsOffset(text, index);
    }

    /// <summary><c>yyyy-MM-dd</c> and nothing else (System.Text.Json's <see cref="DateTime"/>-free date form).</summary>
    public static bool IsDate(string text) => text.Length == 10 && IsCalendarDate(text);

    /// <summary>The hyphenated 36-character form (<c>D</c>), the only one System.Text.Json reads.</summary>
    public static bool IsGuid(string text) => text.Length == 36 && Guid.TryParseExact(text, "D", out _);

    /// <summary>Standard base64 with padding; ASCII white space is skipped (as .NET 8+ decoding does).</summary>
    public static bool IsBase64(string text)
    {
        var count = 0;
        var padding = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                continue;
            }

            if (c == '=')
            {
                padding++;
            }
            else if (padding > 0 || !IsBase64Letter(c))
            {
                return false;
            }

            count++;
        }

        return count % 4 == 0 && padding <= 2;
    }

    /// <summary>An ISO 8601 duration as the DTOs' converter reads it (<see cref="XmlConvert.ToTimeSpan"/>).</summary>
    public static bool IsDuration(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || (trimmed[0] != 'P' && trimmed[0] != '-'))
        {
            return false;
        }

        try
        {
            XmlConvert.ToTimeSpan(trimmed);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool IsCalendarDate(string text)
    {
        if (text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i != 4 && i != 7 && !IsDigit(text[i]))
            {
                return false;
            }
        }

        var year = Number(text, 0, 4);
        var month = Number(text, 5, 2);
        var day = Number(text, 8, 2);
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary><c>Z</c>, <c>±hh</c> or <c>±hh:mm</c> (at most 14 hours) ending the text.</summary>
    private static bool IsOffset(string text, int index)
    {
        var sign = text[index];
        if (sign == 'Z')
        {
            return index + 1 == text.Length;
        }

        if (sign != '+' && sign != '-')
        {
            return false;
        }

        var rest = text.Length - index - 1;
        if (rest != 2 && rest != 5)
        {
            return false;
        }

        if (!TwoDigits(text, index + 1, 14) || (rest == 5 && (text[index + 3] != ':' || !TwoDigits(text, index + 4, 59))))
        {
            return false;
        }

        return Number(text, index + 1, 2) < 14 || rest == 2 || Number(text, index + 4, 2) == 0;
    }

    private static bool TwoDigits(string text, int index, int max) =>
        IsDigit(text[index]) && IsDigit(text[index + 1]) && Number(text, index, 2) <= max;

    private static int Number(string text, int index, int count)
    {
        var value = 0;
        for (var i = index; i < index + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsBase64Letter(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
