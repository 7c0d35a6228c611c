using System;
using System.Collections.Generic;

namespace Specdown.Cli.Baseline;

/// <summary>
/// Gives the text of a 1-based line of a loaded file; line breaks are \n, \r\n or \r. The texts come from a map, or
/// from a reader called at most once per file (so that <c>check</c> need not keep every text in memory).
/// </summary>
public sealed class SourceLines
{
    private readonly Func<string, string?> _read;
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _lineStarts = new(StringComparer.Ordinal);

    public SourceLines(IReadOnlyDictionary<string, string> texts)
        : this(path => texts.TryGetValue(path, out var text) ? text : null)
    {
    }

    /// <param name="read">The text of a file by display path, or null when it is unknown or unreadable.</param>
    public SourceLines(Func<string, string?> read) => _read = read;

    /// <summary>The line's text without its line break, or an empty string when the file or line is unknown.</summary>
    public string GetLine(string path, int line)
    {
        if (!_texts.TryGetValue(path, out var text))
        {
            _texts[path] = text = _read(path);
        }

        if (text is null)
        {
            return string.Empty;
        }

        if (!_lineStarts.TryGetValue(path, out var starts))
        {
            starts = ComputeLineStarts(text);
            _lineStarts[path] = starts;
        }

        if (line < 1 || line > starts.Count)
        {
            return string.Empty;
        }

        var start = starts[line - 1];
        var end = start;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    public static List<int> ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
