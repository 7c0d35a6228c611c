namespace Specdown.Model.Parsing;

/// <summary>
/// Line and column of offsets visited mostly in increasing order: moves forward line by line (amortised linear over a
/// read) and falls back to the <see cref="LineMap"/>'s binary search for the rare backward look-up. Gives the same
/// answers as <see cref="LineMap.GetPosition"/>.
/// </summary>
internal struct JsonPositionCursor
{
    private readonly LineMap _map;
    private int _line;
    private int _lineStart;
    private int _nextLineStart;

    public JsonPositionCursor(LineMap map, int offset)
    {
        _map = map;
        MoveTo(map.GetPosition(offset).Line);
    }

    public (int Line, int Column) Position(int offset)
    {
        if (offset < _lineStart)
        {
            var position = _map.GetPosition(offset);
            MoveTo(position.Line);
            return position;
        }

        if (offset > _map.Text.Length)
        {
            offset = _map.Text.Length;
        }

        while (offset >= _nextLineStart)
        {
            MoveTo(_line + 1);
        }

        return (_line, offset - _lineStart + 1);
    }

    private void MoveTo(int line)
    {
        _line = line;
        _lineStart = _map.LineStart(line);
        _nextLineStart = line < _map.LineCount ? _map.LineStart(line + 1) : int.MaxValue;
    }
}
