using System.Collections.Generic;

namespace Specdown.Model.Parsing;

/// <summary>
/// "Next occurrence of a character at or after a position" with the last answer per character remembered, so scanning
/// a cell left to right costs linear time even for hostile text such as <c>[[[[...</c> or <c>&lt;&lt;&lt;...</c>.
/// </summary>
internal sealed class TypeCellFinder
{
    private readonly string _text;
    private Dictionary<char, (int From, int Found)>? _last;

    public TypeCellFinder(string text) => _text = text;

    /// <summary>The index of the first <paramref name="c"/> at or after <paramref name="from"/>, or -1.</summary>
    public int Next(char c, int from)
    {
        if (from >= _text.Length)
        {
            return -1;
        }

        if (_last is not null && _last.TryGetValue(c, out var last) && from >= last.From && (last.Found < 0 || from <= last.Found))
        {
            return last.Found;
        }

        var found = _text.IndexOf(c, from);
        (_last ??= new Dictionary<char, (int From, int Found)>())[c] = (from, found);
        return found;
    }
}
