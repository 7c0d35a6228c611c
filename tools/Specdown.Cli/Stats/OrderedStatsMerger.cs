namespace Specdown.Cli.Stats;

/// <summary>
/// Adds up per-page statistics that workers finish in any order, in page order (so items first seen on an earlier page
/// come first, as in a sequential count), keeping only the pages that finished ahead of the next one to merge.
/// Thread-safe.
/// </summary>
internal sealed class OrderedStatsMerger
{
    private readonly object _gate = new();
    private readonly DocStatistics?[] _pending;
    private readonly bool[] _completed;
    private int _next;

    public OrderedStatsMerger(int count)
    {
        _pending = new DocStatistics?[count];
        _completed = new bool[count];
    }

    /// <summary>The sum of every page's counts merged so far (all of them once every index is completed).</summary>
    public DocStatistics Total { get; } = new();

    /// <summary>Page <paramref name="index"/> is done, with its counts, or null when it has none (unreadable, crashed).</summary>
    public void Complete(int index, DocStatistics? counts)
    {
        lock (_gate)
        {
            _pending[index] = counts;
            _completed[index] = true;
            while (_next < _completed.Length && _completed[_next])
            {
                if (_pending[_next] is { } ready)
                {
                    Total.Add(ready);
                    _pending[_next] = null;
                }

                _next++;
            }
        }
    }
}
