using System;
using System.Collections.Generic;

namespace Specdown.Cli.Stats;

/// <summary>The statistics of a run, as ordered sections; built by <see cref="StatsCollector"/>.</summary>
public sealed class DocStatistics
{
    private readonly List<StatsSection> _sections = new();
    private readonly Dictionary<string, StatsSection> _byTitle = new(StringComparer.Ordinal);

    public IReadOnlyList<StatsSection> Sections => _sections;

    public StatsSection Section(string title, bool showPercent = false, bool sortItems = false, bool showTotal = true)
    {
        if (!_byTitle.TryGetValue(title, out var section))
        {
            section = new StatsSection(title, showPercent, sortItems, showTotal);
            _byTitle[title] = section;
            _sections.Add(section);
        }

        return section;
    }

    /// <summary>Adds every count of <paramref name="other"/> (sections and items in its order) to this one.</summary>
    public void Add(DocStatistics other)
    {
        foreach (var section in other.Sections)
        {
            Section(section.Title, section.ShowPercent, section.SortItems, section.ShowTotal).Add(section);
        }
    }

    /// <summary>The section with that title; throws when absent (tests and writers ask for known titles).</summary>
    public StatsSection this[string title] => _byTitle[title];
}
