using System;
using System.Collections.Generic;

namespace Specdown.Cli.Stats;

/// <summary>
/// One block of the statistics table: a title, a total, and counted items. Items are shown in insertion order for fixed
/// lists (page kinds) or sorted by name for open lists (diagnostic IDs); percentages are relative to the total.
/// </summary>
public sealed class StatsSection
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    public StatsSection(string title, bool showPercent, bool sortItems, bool showTotal = true)
    {
        Title = title;
        ShowPercent = showPercent;
        SortItems = sortItems;
        ShowTotal = showTotal;
    }

    /// <summary>False for a section whose items are unrelated counts (no meaningful total).</summary>
    public bool ShowTotal { get; }

    public string Title { get; }

    public bool ShowPercent { get; }

    public bool SortItems { get; }

    public long Total { get; set; }

    /// <summary>Declares an item so it is shown even with a zero count.</summary>
    public void Declare(string item)
    {
        if (!_counts.ContainsKey(item))
        {
            _counts[item] = 0;
            _order.Add(item);
        }
    }

    public void Add(string item, long count = 1)
    {
        Declare(item);
        _counts[item] += count;
    }

    /// <summary>Adds the counts and total of <paramref name="other"/>, its items in insertion order.</summary>
    public void Add(StatsSection other)
    {
        foreach (var item in other._order)
        {
            Add(item, other._counts[item]);
        }

        Total += other.Total;
    }

    public long this[string item] => _counts.TryGetValue(item, out var count) ? count : 0;

    public IReadOnlyList<KeyValuePair<string, long>> Items
    {
        get
        {
            var keys = new List<string>(_order);
            if (SortItems)
            {
                keys.Sort(StringComparer.Ordinal);
            }

            var items = new List<KeyValuePair<string, long>>(keys.Count);
            foreach (var key in keys)
            {
                items.Add(new KeyValuePair<string, long>(key, _counts[key]));
            }

            return items;
        }
    }
}
