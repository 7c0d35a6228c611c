using System.Collections.Generic;
using System.Text;
using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// JSON trees of one page in a form the garbage collector does not trace: one array of reference-free node records
/// and one string holding every text and member name. <see cref="Restore"/> rebuilds trees equal (by value) to the
/// packed ones. A doc set of slim pages keeps its example JSON this way between the page pass and the doc-set rules:
/// as trees it is hundreds of thousands of small objects that every collection promoting them has to trace and copy.
/// </summary>
public sealed class PackedJson
{
    private const byte TextIsNull = 1;
    private const byte MembersDefault = 2;
    private const byte ItemsDefault = 4;

    private readonly string _path;
    private readonly string _text;
    private readonly Node[] _nodes;
    private readonly int[] _roots;

    private PackedJson(string path, string text, Node[] nodes, int[] roots)
    {
        _path = path;
        _text = text;
        _nodes = nodes;
        _roots = roots;
    }

    /// <summary>The number of trees packed (null ones included).</summary>
    public int Count => _roots.Length;

    /// <summary>
    /// Packs <paramref name="roots"/> (null entries allowed) located in the file <paramref name="path"/>; null when a
    /// location names another file (such trees stay as they are).
    /// </summary>
    /// <param name="roots">The trees; <see cref="Restore"/> takes the same index.</param>
    /// <param name="path">The file every location of the trees is in.</param>
    public static PackedJson? Pack(IReadOnlyList<JsonNode?> roots, string path)
    {
        var writer = new Writer(path);
        var rootNodes = new int[roots.Count];
        for (var i = 0; i < roots.Count; i++)
        {
            if (roots[i] is not { } root)
            {
                rootNodes[i] = -1;
                continue;
            }

            rootNodes[i] = writer.Count;
            if (!writer.Add(root, name: null, nameLocation: default))
            {
                return null;
            }
        }

        return new PackedJson(path, writer.Text(), writer.Nodes(), rootNodes);
    }

    /// <summary>A new tree equal to tree <paramref name="index"/> given to <see cref="Pack"/> (null for a null one).</summary>
    public JsonNode? Restore(int index)
    {
        var node = _roots[index];
        return node < 0 ? null : Read(ref node, out _, out _);
    }

    private JsonNode Read(ref int index, out string? name, out LocationInfo nameLocation)
    {
        var node = _nodes[index++];
        name = node.NameLength < 0 ? null : _text.Substring(node.NameStart, node.NameLength);
        nameLocation = node.NameLocation.ToLocation(_path);
        EquatableArray<JsonMember> members = default;
        if ((node.Flags & MembersDefault) == 0)
        {
            var array = new JsonMember[node.MemberCount];
            for (var i = 0; i < array.Length; i++)
            {
                var value = Read(ref index, out var memberName, out var memberNameLocation);
                array[i] = new JsonMember(memberName!, value, memberNameLocation);
            }

            members = new EquatableArray<JsonMember>(array);
        }

        EquatableArray<JsonNode> items = default;
        if ((node.Flags & ItemsDefault) == 0)
        {
            var array = new JsonNode[node.ItemCount];
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = Read(ref index, out _, out _);
            }

            items = new EquatableArray<JsonNode>(array);
        }

        var text = (node.Flags & TextIsNull) != 0 ? null : _text.Substring(node.TextStart, node.TextLength);
        return new JsonNode(node.Kind, text!, members, items, node.Location.ToLocation(_path));
    }

    /// <summary>A node in preorder: its members (each with its name), then its items, follow it.</summary>
    private struct Node
    {
        public JsonKind Kind;
        public byte Flags;
        public int TextStart;
        public int TextLength;
        public int NameStart;
        public int NameLength;
        public int MemberCount;
        public int ItemCount;
        public Span Location;
        public Span NameLocation;
    }

    /// <summary>A <see cref="LocationInfo"/> without its file.</summary>
    private struct Span
    {
        public int Start;
        public int Length;
        public int StartLine;
        public int StartColumn;
        public int EndLine;
        public int EndColumn;

        public static Span Of(LocationInfo location) => new()
        {
            Start = location.Start,
            Length = location.Length,
            StartLine = location.StartLine,
            StartColumn = location.StartColumn,
            EndLine = location.EndLine,
            EndColumn = location.EndColumn,
        };

        public LocationInfo ToLocation(string path) => new(path, Start, Length, StartLine, StartColumn, EndLine, EndColumn);
    }

    private sealed class Writer
    {
        private readonly string _path;
        private readonly StringBuilder _text = new();
        private readonly List<Node> _nodes = new();

        public Writer(string path) => _path = path;

        public int Count => _nodes.Count;

        public string Text() => _text.ToString();

        public Node[] Nodes() => _nodes.ToArray();

        /// <returns>False when a location is in another file.</returns>
        public bool Add(JsonNode node, string? name, LocationInfo nameLocation)
        {
            if (node.Location.FilePath != _path || (name is not null && nameLocation.FilePath != _path))
            {
                return false;
            }

            var entry = new Node
            {
                Kind = node.Kind,
                Flags = (byte)((node.Text is null ? TextIsNull : 0)
                    | (node.Members.IsDefault ? MembersDefault : 0)
                    | (node.Items.IsDefault ? ItemsDefault : 0)),
                NameLength = -1,
                MemberCount = node.Members.Count,
                ItemCount = node.Items.Count,
                Location = Span.Of(node.Location),
            };
            if (node.Text is { } text)
            {
                entry.TextStart = _text.Length;
                entry.TextLength = text.Length;
                _text.Append(text);
            }

            if (name is not null)
            {
                entry.NameStart = _text.Length;
                entry.NameLength = name.Length;
                entry.NameLocation = Span.Of(nameLocation);
                _text.Append(name);
            }

            _nodes.Add(entry);
            foreach (var member in node.Members)
            {
                if (member.Name is null || !Add(member.Value, member.Name, member.NameLocation))
                {
                    return false;
                }
            }

            foreach (var item in node.Items)
            {
                if (!Add(item, name: null, nameLocation: default))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
