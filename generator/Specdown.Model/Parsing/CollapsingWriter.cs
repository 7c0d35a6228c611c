namespace Specdown.Model.Parsing;

/// <summary>
/// Writes characters into a caller's buffer with white space collapsed: no leading or trailing space, one space for a
/// run. The buffer must hold at least as many characters as are appended.
/// </summary>
internal struct CollapsingWriter
{
    private readonly char[] _buffer;
    private bool _pendingSpace;

    public CollapsingWriter(char[] buffer)
    {
        _buffer = buffer;
        _pendingSpace = false;
        Length = 0;
    }

    public int Length { get; private set; }

    public void Append(char c)
    {
        if (c == ' ')
        {
            _pendingSpace = Length > 0;
            return;
        }

        if (_pendingSpace)
        {
            _buffer[Length++] = ' ';
            _pendingSpace = false;
        }

        _buffer[Length++] = c;
    }
}
