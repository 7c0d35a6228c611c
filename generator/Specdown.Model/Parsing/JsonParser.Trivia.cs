using System.Globalization;

namespace Specdown.Model.Parsing;

/// <summary>Whitespace and comments between tokens.</summary>
internal sealed partial class JsonParser
{
    /// <summary>Skips JSON whitespace, comments (recorded) and other Unicode spaces (recorded once per run).</summary>
    private void SkipTrivia()
    {
        while (_pos < _end)
        {
            SkipJsonWhiteSpace();
            if (_pos >= _end)
            {
                return;
            }

            var c = _text[_pos];
            if (c == '/' && _pos + 1 < _end && (_text[_pos + 1] == '/' || _text[_pos + 1] == '*'))
            {
                SkipComment();
                continue;
            }

            if (c == '\uFEFF' || char.IsWhiteSpace(c) || c < ' ')
            {
                SkipOtherSpace();
                continue;
            }

            return;
        }
    }

    /// <summary>Skips a run of JSON whitespace (indentation, line breaks) in a local loop.</summary>
    private void SkipJsonWhiteSpace()
    {
        var text = _text;
        var pos = _pos;
        var end = _end;
        while (pos < end)
        {
            var c = text[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            {
                break;
            }

            pos++;
        }

        _pos = pos;
    }

    private void SkipComment()
    {
        var start = _pos;
        if (_text[_pos + 1] == '/')
        {
            _pos += 2;
            while (_pos < _end && _text[_pos] != '\n' && _text[_pos] != '\r')
            {
                _pos++;
            }

            Record("comment", "'//' comment", start, _pos - start, true);
            return;
        }

        _pos += 2;
        while (_pos < _end && !(_text[_pos] == '*' && _pos + 1 < _end && _text[_pos + 1] == '/'))
        {
            _pos++;
        }

        if (_pos < _end)
        {
            _pos += 2;
            Record("comment", "'/* */' comment", start, _pos - start, true);
        }
        else
        {
            Record("comment", "'/*' comment not closed", start, _pos - start, true);
        }
    }

    private void SkipOtherSpace()
    {
        var start = _pos;
        var first = _text[_pos];
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c != '\uFEFF' && c >= ' ' && !char.IsWhiteSpace(c))
            {
                break;
            }

            _pos++;
        }

        Record("unexpected-character", "U+" + ((int)first).ToString("X4", CultureInfo.InvariantCulture) + " is not JSON whitespace", start, _pos - start, true);
    }
}
