using System;

namespace Specdown.Model.Parsing;

/// <summary>Recovery helpers: unexpected characters, wrong closing brackets, commas, subtrees beyond the depth limit.</summary>
internal sealed partial class JsonParser
{
    /// <summary>Skips a run of characters that cannot start a member (at least one) and records it once.</summary>
    private void SkipUnexpected(string where)
    {
        var start = _pos;
        do
        {
            _pos++;
        }
        while (_pos < _end && !CanStartMember(_text[_pos]));

        Record("unexpected-character", "'" + Shorten(_text.Substring(start, Math.Min(_pos - start, 41))) + "' " + where, start, _pos - start, true);
    }

    private static bool CanStartMember(char c) =>
        IsQuote(c) || c == '}' || c == ']' || c == ',' || c == '/' || c == '.' || c == '\u2026'
        || char.IsWhiteSpace(c) || IsKeyChar(c);

    /// <summary>
    /// A closing bracket of the wrong kind: when an enclosing container of that kind is open, the current container ends
    /// here (returns true, nothing consumed); otherwise the bracket is skipped as a stray character.
    /// </summary>
    private bool ClosesEnclosing(char c)
    {
        var enclosing = c == ']' ? _openArrays : _openObjects;
        if (enclosing > 0)
        {
            Record("mismatched-bracket", "'" + c + "' closes an enclosing container; the inner one is not closed", _pos, 1, true);
            return true;
        }

        Record("unexpected-character", "stray '" + c + "'", _pos, 1, true);
        _pos++;
        return false;
    }

    private void ReportTrailingComma(int lastComma, bool expecting)
    {
        if (lastComma >= 0 && expecting)
        {
            Record("trailing-comma", "',' before the closing bracket", lastComma, 1, true);
        }
    }

    private void ReportComma(bool expecting)
    {
        if (expecting)
        {
            Record("unexpected-character", "extra ','", _pos, 1, true);
        }
    }

    /// <summary>Skips a subtree nested deeper than the limit with a flat bracket count; keeps it as raw text.</summary>
    private JsonNode SkipNested()
    {
        var start = _pos;
        var level = 0;
        var i = _pos;
        while (i < _end)
        {
            var ch = _text[i];
            if (ch == '"')
            {
                i = SkipRawString(i + 1);
                continue;
            }

            if (ch == '[' || ch == '{')
            {
                level++;
            }
            else if ((ch == ']' || ch == '}') && --level == 0)
            {
                i++;
                break;
            }

            i++;
        }

        _pos = Math.Min(i, _end);
        Record("depth-limit", "nesting deeper than " + TolerantJsonReader.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + " levels is kept as text", start, _pos - start, false);
        return Leaf(JsonKind.Invalid, _text.Substring(start, _pos - start), start, _pos - start);
    }

    private int SkipRawString(int i)
    {
        while (i < _end && _text[i] != '"' && _text[i] != '\n')
        {
            i += _text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, _end);
    }
}
