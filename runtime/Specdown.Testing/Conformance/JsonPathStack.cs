using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Specdown.Testing;

/// <summary>
/// The current JSON path as a stack of segments (no allocation per step); formatted as <c>$.value[0].topic</c> only
/// when a difference is reported.
/// </summary>
internal sealed class JsonPathStack
{
    private readonly List<Segment> _segments = new();

    public int Depth => _segments.Count;

    public void Push(string name) => _segments.Add(new Segment(name, -1));

    public void Push(int index) => _segments.Add(new Segment(null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>True at the root, or at the root object's property <paramref name="name"/>.</summary>
    public bool IsRootOrRootProperty(string name) =>
        _segments.Count == 0 || (_segments.Count == 1 && string.Equals(_segments[0].Name, name, System.StringComparison.Ordinal));

    public override string ToString()
    {
        var builder = new StringBuilder("$");
        foreach (var segment in _segments)
        {
            if (segment.Name is null)
            {
                builder.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsSimpleName(segment.Name))
            {
                builder.Append('.').Append(segment.Name);
            }
            else
            {
                builder.Append("['").Append(segment.Name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
            }
        }

        return builder.ToString();
    }

    private static bool IsSimpleName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct Segment
    {
        public Segment(string? name, int index)
        {
            Name = name;
            Index = index;
        }

        public string? Name { get; }

        public int Index { get; }
    }
}
