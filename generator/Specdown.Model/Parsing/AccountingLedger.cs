using System.Collections.Generic;
using Specdown.Model.Collections;

namespace Specdown.Model.Parsing;

/// <summary>
/// Attributes every source line of a page to what the parser made of it (one category per line), then folds
/// consecutive lines with the same category into <see cref="LineAccount"/> runs. Blank lines are not accounted.
/// </summary>
internal sealed class AccountingLedger
{
    /// <summary>Category of lines the parser did not attribute; a correct parse leaves none on non-blank lines.</summary>
    public const string Unaccounted = "unaccounted";

    private readonly LineMap _map;
    private readonly string?[] _categories;

    /// <summary>The number of used slots of <see cref="_categories"/> (lines + 1): the array may be longer.</summary>
    private readonly int _length;
    private List<(int Line, string Category)>? _overrides;

    /// <summary>
    /// One category array per thread, reused by the next page parsed on it (parses do not nest, and the ledger does not
    /// outlive its parse); one for a page of more than <see cref="MaxSharedLines"/> lines is not kept.
    /// </summary>
    [System.ThreadStatic]
    private static string?[]? _shared;

    private const int MaxSharedLines = 1 << 14;

    public AccountingLedger(LineMap map)
    {
        _map = map;
        _length = map.LineCount + 1;
        var shared = _shared;
        if (shared != null && shared.Length >= _length)
        {
            System.Array.Clear(shared, 0, _length);
            _categories = shared;
        }
        else
        {
            _categories = new string?[_length];
            if (_length <= MaxSharedLines)
            {
                _shared = _categories;
            }
        }
    }

    /// <summary>Sets the category of 1-based lines [<paramref name="first"/>, <paramref name="last"/>], overwriting.</summary>
    public void Set(int first, int last, string category)
    {
        first = first < 1 ? 1 : first;
        last = last >= _length ? _length - 1 : last;
        for (var line = first; line <= last; line++)
        {
            _categories[line] = category;
        }
    }

    /// <summary>Sets the category of the lines in the range that have none yet.</summary>
    public void Fill(int first, int last, string category)
    {
        first = first < 1 ? 1 : first;
        last = last >= _length ? _length - 1 : last;
        for (var line = first; line <= last; line++)
        {
            _categories[line] ??= category;
        }
    }

    /// <summary>Sets a category that wins over every other for that line (e.g. a diagnostic on one line of a block).</summary>
    public void Override(int line, string category) => (_overrides ??= new List<(int, string)>()).Add((line, category));

    /// <summary>The category of a 1-based line, or null.</summary>
    public string? Get(int line) => line >= 1 && line < _length ? _categories[line] : null;

    /// <summary>The runs of accounted non-blank lines; unattributed non-blank lines appear as <see cref="Unaccounted"/>.</summary>
    public EquatableArray<LineAccount> ToRuns()
    {
        if (_overrides != null)
        {
            foreach (var (line, category) in _overrides)
            {
                Set(line, line, category);
            }

            _overrides = null;
        }

        var runs = _runs ??= new List<LineAccount>();
        runs.Clear();
        CollectRuns(runs);
        var result = runs.ToArray();
        runs.Clear();
        if (runs.Capacity > MaxSharedLines)
        {
            _runs = null;
        }

        return result;
    }

    /// <summary>
    /// A per-thread list for <see cref="ToRuns"/> (one pass over the lines, then one array of the right size); one grown
    /// past <see cref="MaxSharedLines"/> runs by a huge page is not kept.
    /// </summary>
    [System.ThreadStatic]
    private static List<LineAccount>? _runs;

    /// <summary>Adds the runs of equal categories over non-blank lines to <paramref name="runs"/>.</summary>
    private void CollectRuns(List<LineAccount> runs)
    {
        var text = _map.Text;
        string? current = null;
        var start = 0;
        var end = 0;
        for (var line = 1; line < _length; line++)
        {
            if (IsBlank(text, line))
            {
                continue;
            }

            // A line Markdig took as a lazy continuation of the block above (no blank line between) belongs to that block.
            var category = _categories[line] ?? (current != null && end == line - 1 ? current : Unaccounted);
            if (category == current)
            {
                end = line;
                continue;
            }

            if (current != null)
            {
                runs.Add(new LineAccount(start, end, current));
            }

            current = category;
            start = line;
            end = line;
        }

        if (current != null)
        {
            runs.Add(new LineAccount(start, end, current));
        }
    }

    private bool IsBlank(string text, int line)
    {
        var start = _map.LineStart(line);
        var end = line < _map.LineCount ? _map.LineStart(line + 1) : text.Length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v')
            {
                return false;
            }
        }

        return true;
    }
}
