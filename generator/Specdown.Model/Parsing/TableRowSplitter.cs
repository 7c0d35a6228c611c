using System.Collections.Generic;

namespace Specdown.Model.Parsing;

/// <summary>
/// Splits one pipe-table row of the source into cell spans, the way Markdig reads it: leading and trailing pipes
/// dropped, <c>\|</c> escapes and pipes inside code spans do not split. Spans are trimmed of surrounding blanks.
/// </summary>
internal static class TableRowSplitter
{
    /// <summary>Appends the cells of the row between <paramref name="begin"/> and <paramref name="end"/> (exclusive) to <paramref name="cells"/>.</summary>
    public static void Split(string text, int begin, int end, List<(int Start, int End)> cells)
    {
        while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        {
            begin++;
        }

        while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        if (begin < end && text[begin] == '|')
        {
            begin++;
        }

        if (end > begin && text[end - 1] == '|' && !IsEscaped(text, end - 1, begin))
        {
            end--;
        }

        var cellStart = begin;
        var i = begin;
        while (i < end)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '`')
            {
                i = SkipCodeSpan(text, i, end);
                continue;
            }

            if (c == '|')
            {
                cells.Add(Trim(text, cellStart, i));
                cellStart = i + 1;
            }

            i++;
        }

        cells.Add(Trim(text, cellStart, end));
    }

    /// <summary>The index just after the code span opened at <paramref name="start"/>, or after its backticks when it is not closed.</summary>
    public static int SkipCodeSpan(string text, int start, int end)
    {
        var run = 0;
        while (start + run < end && text[start + run] == '`')
        {
            run++;
        }

        var i = start + run;
        while (i < end)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var close = 0;
            while (i + close < end && text[i + close] == '`')
            {
                close++;
            }

            if (close == run)
            {
                return i + close;
            }

            i += close;
        }

        return start + run;
    }

    private static bool IsEscaped(string text, int index, int begin)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= begin && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (text[start] == ' ' || text[start] == '\t'))
        {
            start++;
        }

        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return (start, end);
    }
}
