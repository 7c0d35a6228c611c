using System;
using System.Globalization;
using System.Text;

namespace Specdown.Model.Parsing;

/// <summary>Strings (with escapes), numbers, literals, bare words and elisions.</summary>
internal sealed partial class JsonParser
{
    /// <summary>Reads a quoted string at <see cref="_pos"/> (double or single quote) and returns its decoded value.</summary>
    private string ReadString()
    {
        var start = _pos;
        var quote = ClosingQuote(_text[_pos]);
        if (quote != '"')
        {
            Record(quote == '\'' ? "single-quotes" : "curly-quotes", "string in " + (quote == '\'' ? "single" : "typographic") + " quotes", start, 1, true);
        }

        var text = _text.AsSpan(0, _end);
        var i = _pos + 1;
        for (; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == quote)
            {
                _pos = i + 1;
                return StringTable.Get(_strings, _text, start + 1, i - start - 1);
            }

            if (ch == '\\' || ch < ' ')
            {
                break;
            }
        }

        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        builder.Append(_text, start + 1, i - start - 1);
        while (i < _end)
        {
            var ch = _text[i];
            if (ch == quote)
            {
                _pos = i + 1;
                return builder.ToString();
            }

            if (ch == '\n' || ch == '\r')
            {
                break;
            }

            if (ch == '\\')
            {
                i = ReadEscape(i, builder);
                continue;
            }

            if (ch < ' ')
            {
                Record("control-character", "raw control character U+" + ((int)ch).ToString("X4", CultureInfo.InvariantCulture) + " in a string", i, 1, true);
            }

            builder.Append(ch);
            i++;
        }

        _pos = i;
        Record("unterminated-string", "the string is not closed before the end of the line", start, i - start, true);
        var length = builder.Length;
        while (length > 0 && char.IsWhiteSpace(builder[length - 1]))
        {
            length--;
        }

        return builder.ToString(0, length);
    }

    /// <summary>Whether <paramref name="c"/> opens a string: straight, single or typographic quotes.</summary>
    private static bool IsQuote(char c) => c == '"' || c == '\'' || c == '\u201C' || c == '\u2018';

    private static char ClosingQuote(char open) => open == '\u201C' ? '\u201D' : open == '\u2018' ? '\u2019' : open;

    /// <summary>Decodes the escape at <paramref name="i"/> (a backslash) into <paramref name="builder"/>; returns the next index.</summary>
    private int ReadEscape(int i, StringBuilder builder)
    {
        if (i + 1 >= _end || _text[i + 1] == '\n' || _text[i + 1] == '\r')
        {
            Record("invalid-escape", "a backslash ends the line", i, 1, true);
            builder.Append('\\');
            return i + 1;
        }

        var e = _text[i + 1];
        switch (e)
        {
            case '"': builder.Append('"'); return i + 2;
            case '\\': builder.Append('\\'); return i + 2;
            case '/': builder.Append('/'); return i + 2;
            case 'b': builder.Append('\b'); return i + 2;
            case 'f': builder.Append('\f'); return i + 2;
            case 'n': builder.Append('\n'); return i + 2;
            case 'r': builder.Append('\r'); return i + 2;
            case 't': builder.Append('\t'); return i + 2;
            case 'u': return ReadUnicodeEscape(i, builder);
        }

        Record("invalid-escape", "'\\" + e + "' is not a JSON escape", i, 2, true);
        builder.Append(e);
        return i + 2;
    }

    private int ReadUnicodeEscape(int i, StringBuilder builder)
    {
        var code = ReadHex4(i + 2);
        if (code < 0)
        {
            Record("invalid-escape", "'\\u' is not followed by four hex digits", i, 2, true);
            builder.Append('\\').Append('u');
            return i + 2;
        }

        var ch = (char)code;
        if (char.IsHighSurrogate(ch) && i + 12 <= _end && _text[i + 6] == '\\' && _text[i + 7] == 'u')
        {
            var low = ReadHex4(i + 8);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                builder.Append(ch).Append((char)low);
                return i + 12;
            }
        }

        if (char.IsSurrogate(ch))
        {
            Record("lone-surrogate", "'\\u" + code.ToString("X4", CultureInfo.InvariantCulture) + "' is an unpaired surrogate; replaced by U+FFFD", i, 6, true);
            builder.Append('\uFFFD');
            return i + 6;
        }

        builder.Append(ch);
        return i + 6;
    }

    private int ReadHex4(int i)
    {
        if (i + 4 > _end)
        {
            return -1;
        }

        var value = 0;
        for (var k = i; k < i + 4; k++)
        {
            var c = _text[k];
            var digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    /// <summary>Reads a number, a literal or, failing those, an unquoted value up to the end of the line or a delimiter.</summary>
    private JsonNode ReadWord()
    {
        var start = _pos;
        var i = _pos;
        while (i < _end && !IsWordDelimiter(i))
        {
            i++;
        }

        i = Math.Max(i, start + 1);
        var length = i - start;
        if (Matches(start, length, "true"))
        {
            _pos = i;
            return Leaf(JsonKind.True, "true", start, length);
        }

        if (Matches(start, length, "false"))
        {
            _pos = i;
            return Leaf(JsonKind.False, "false", start, length);
        }

        if (Matches(start, length, "null"))
        {
            _pos = i;
            return Leaf(JsonKind.Null, "null", start, length);
        }

        if (IsJsonNumber(start, i))
        {
            _pos = i;
            return Leaf(JsonKind.Number, StringTable.Get(_strings, _text, start, length), start, length);
        }

        var token = _text.Substring(start, length);
        if (LooksNumeric(token))
        {
            _pos = i;
            Record("invalid-number", "'" + Shorten(token) + "' is not a JSON number", start, length, true);
            return Leaf(JsonKind.Number, token, start, length);
        }

        return ReadUnquotedValue(start, i);
    }

    private JsonNode ReadUnquotedValue(int start, int i)
    {
        while (i < _end && !IsValueEnd(_text[i]))
        {
            i++;
        }

        var end = i;
        while (end > start + 1 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        _pos = Math.Max(end, start + 1);
        var text = _text.Substring(start, _pos - start);
        Record("unquoted-value", "'" + Shorten(text) + "' is not a JSON value", start, _pos - start, true);
        return Leaf(JsonKind.Invalid, text, start, _pos - start);
    }

    private bool IsJsonNumber(int start, int end)
    {
        var j = start;
        if (j < end && _text[j] == '-')
        {
            j++;
        }

        if (j >= end || !IsDigit(_text[j]))
        {
            return false;
        }

        if (_text[j] == '0')
        {
            j++;
        }
        else
        {
            j = SkipDigits(j, end);
        }

        if (j < end && _text[j] == '.')
        {
            var fraction = j + 1;
            j = SkipDigits(fraction, end);
            if (j == fraction)
            {
                return false;
            }
        }

        if (j < end && (_text[j] == 'e' || _text[j] == 'E'))
        {
            j++;
            if (j < end && (_text[j] == '+' || _text[j] == '-'))
            {
                j++;
            }

            var exponent = j;
            j = SkipDigits(exponent, end);
            if (j == exponent)
            {
                return false;
            }
        }

        return j == end;
    }

    private int SkipDigits(int j, int end)
    {
        while (j < end && IsDigit(_text[j]))
        {
            j++;
        }

        return j;
    }

    private static bool LooksNumeric(string token)
    {
        var first = token[0];
        var numericStart = IsDigit(first)
            || ((first == '-' || first == '+' || first == '.') && token.Length > 1 && IsDigit(token[1]));
        return numericStart && double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private bool Matches(int start, int length, string literal) =>
        length == literal.Length && string.CompareOrdinal(_text, start, literal, 0, length) == 0;

    private bool IsEllipsisAt(int i) =>
        _text[i] == '\u2026' || (i + 2 < _end && _text[i] == '.' && _text[i + 1] == '.' && _text[i + 2] == '.');

    private JsonNode ReadEllipsis()
    {
        var start = _pos;
        while (_pos < _end && (_text[_pos] == '.' || _text[_pos] == '\u2026'))
        {
            _pos++;
        }

        Record("ellipsis", "'" + Shorten(_text.Substring(start, _pos - start)) + "' stands for omitted content", start, _pos - start, true);
        return Leaf(JsonKind.Ellipsis, _text.Substring(start, _pos - start), start, _pos - start);
    }

    private bool IsWordDelimiter(int i)
    {
        var c = _text[i];
        switch (c)
        {
            case ',':
            case ':':
            case '[':
            case ']':
            case '{':
            case '}':
            case '"':
            case '\'':
                return true;
            case '/':
                return i + 1 < _end && (_text[i + 1] == '/' || _text[i + 1] == '*');
        }

        return c <= ' ' || char.IsWhiteSpace(c);
    }

    private static bool IsValueEnd(char c) => c == ',' || c == '}' || c == ']' || c == '\n' || c == '\r';

    private static bool IsKeyChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '@' || c == '.' || c == '-' || c == '#';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
