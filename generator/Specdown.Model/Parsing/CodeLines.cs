using MarkdigCodeBlock = Markdig.Syntax.CodeBlock;

namespace Specdown.Model.Parsing;

/// <summary>
/// The content lines of a Markdig code block, as offsets into the page text: Markdig's own lines, or, for a
/// <see cref="SourceFencedCodeBlock"/>, the page lines it recorded. <see cref="Text"/> is the string the offsets point
/// into (Markdig may give a tab-expanded line its own string).
/// </summary>
internal readonly struct CodeLines
{
    private readonly MarkdigCodeBlock _block;
    private readonly LineMap _map;
    private readonly int _firstLine;

    public CodeLines(MarkdigCodeBlock block, LineMap map)
    {
        _block = block;
        _map = map;
        if (block is SourceFencedCodeBlock source && source.Lines.Count == 0)
        {
            _firstLine = source.FirstContentLine;
            Count = source.ContentLineCount;
        }
        else
        {
            _firstLine = -1;
            Count = block.Lines.Count;
        }
    }

    public int Count { get; }

    /// <summary>The offset of line <paramref name="i"/>'s first character.</summary>
    public int Start(int i) => _firstLine < 0 ? _block.Lines.Lines[i].Slice.Start : _map.LineStart(_firstLine + i + 1);

    /// <summary>The offset just after line <paramref name="i"/>'s last character (its line break excluded).</summary>
    public int End(int i)
    {
        if (_firstLine < 0)
        {
            return _block.Lines.Lines[i].Slice.End + 1;
        }

        var line = _firstLine + i + 1;
        return _map.LineStart(line) + _map.LineSpan(line).Length;
    }

    /// <summary>The string line <paramref name="i"/>'s offsets point into.</summary>
    public string Text(int i) => _firstLine < 0 ? _block.Lines.Lines[i].Slice.Text : _map.Text;

    /// <summary>The 0-based page line of line <paramref name="i"/>.</summary>
    public int Line(int i) => _firstLine < 0 ? _block.Lines.Lines[i].Line : _firstLine + i;
}
