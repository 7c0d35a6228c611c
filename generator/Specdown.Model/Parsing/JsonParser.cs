using System;
using System.Collections.Generic;
using System.Text;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// The single-pass state machine behind <see cref="TolerantJsonReader"/>: documents, objects and arrays. Recursion is
/// bounded by <see cref="TolerantJsonReader.MaxDepth"/>; deeper subtrees are skipped by a flat scan.
/// </summary>
internal sealed partial class JsonParser
{
    /// <summary>A scratch list that grew beyond this many entries is not kept for the next reading.</summary>
    private const int MaxPooledCapacity = 4096;

    private static readonly EquatableArray<JsonMember> NoMembers = EquatableArray<JsonMember>.Empty;
    private static readonly EquatableArray<JsonNode> NoItems = EquatableArray<JsonNode>.Empty;

    [ThreadStatic]
    private static List<JsonMember>?[]? _memberLists;

    [ThreadStatic]
    private static List<JsonNode>?[]? _itemLists;

    private readonly LineMap _map;
    private readonly string _text;
    private readonly int _end;
    private readonly string[] _strings = StringTable.ThreadSlots;
    private JsonPositionCursor _cursor;
    private int _pos;
    private int _lastValueEnd;
    private int _openObjects;
    private int _openArrays;
    private List<JsonRecovery>? _recoveries;
    private StringBuilder? _builder;

    internal JsonParser(LineMap map, int start, int length)
    {
        _map = map;
        _text = map.Text ?? string.Empty;
        _pos = Math.Max(0, Math.Min(start, _text.Length));
        _end = Math.Max(_pos, Math.Min(_text.Length, _pos + Math.Max(0, length)));
        _cursor = new JsonPositionCursor(map, _pos);
    }

    internal JsonDocumentInfo ReadDocument()
    {
        SkipTrivia();
        if (_pos >= _end)
        {
            Record("empty", "no JSON value", _pos, 0, false);
            return new JsonDocumentInfo(null, false, Recoveries());
        }

        var root = ReadValue(1);
        SkipTrivia();
        if (_pos < _end)
        {
            var tailEnd = _end;
            while (tailEnd > _pos && char.IsWhiteSpace(_text[tailEnd - 1]))
            {
                tailEnd--;
            }

            Record("trailing-content", "text after the JSON value is ignored", _pos, tailEnd - _pos, false);
        }

        return new JsonDocumentInfo(root, _recoveries is null, Recoveries());
    }

    /// <summary>Reads one value; <paramref name="depth"/> is the depth a container starting here would have.</summary>
    private JsonNode ReadValue(int depth)
    {
        SkipTrivia();
        if (_pos < _end && _text[_pos] == ':')
        {
            var start = _pos;
            while (_pos < _end && _text[_pos] == ':')
            {
                _pos++;
            }

            Record("unexpected-character", "':' where a value is expected", start, _pos - start, true);
            SkipTrivia();
        }

        if (_pos >= _end)
        {
            Record("missing-value", "the text ends where a value is expected", _pos, 0, true);
            return Leaf(JsonKind.Invalid, string.Empty, _pos, 0);
        }

        switch (_text[_pos])
        {
            case '{':
            case '[':
                return depth > TolerantJsonReader.MaxDepth ? SkipNested()
                    : _text[_pos] == '{' ? ReadObject(depth) : ReadArray(depth);
            case '"':
            case '\'':
            case '\u201C':
            case '\u2018':
                var start = _pos;
                var value = ReadString();
                return Leaf(JsonKind.String, value, start, _pos - start);
            case '}':
            case ']':
            case ',':
                Record("missing-value", "a value is missing", _pos, 0, true);
                return Leaf(JsonKind.Invalid, string.Empty, _pos, 0);
        }

        return IsEllipsisAt(_pos) ? ReadEllipsis() : ReadWord();
    }

    private JsonNode ReadObject(int depth)
    {
        var start = _pos++;
        var startPosition = _cursor.Position(start);
        _openObjects++;
        var members = Rent(ref _memberLists, depth);
        var expectMember = true;
        var lastComma = -1;
        while (true)
        {
            SkipTrivia();
            if (_pos >= _end)
            {
                Record("truncated", "the object is not closed", _pos, 0, true);
                break;
            }

            var c = _text[_pos];
            if (c == '}')
            {
                ReportTrailingComma(lastComma, expectMember);
                _pos++;
                break;
            }

            if (c == ']')
            {
                if (ClosesEnclosing(c))
                {
                    break;
                }

                continue;
            }

            if (c == ',')
            {
                ReportComma(expectMember);
                lastComma = _pos++;
                expectMember = true;
                continue;
            }

            if (!expectMember)
            {
                Record("missing-comma", "missing ',' between members", _lastValueEnd, 0, true);
            }

            expectMember = false;
            lastComma = -1;
            if (IsEllipsisAt(_pos))
            {
                var ellipsis = ReadEllipsis();
                members.Add(new JsonMember(ellipsis.Text, ellipsis, ellipsis.Location));
                expectMember = true;
                continue;
            }

            if (ReadMember(depth) is not { } member)
            {
                expectMember = true;
                continue;
            }

            members.Add(member);
        }

        _openObjects--;
        var array = members.Count == 0 ? NoMembers : new EquatableArray<JsonMember>(members.ToArray());
        members.Clear();
        _lastValueEnd = _pos;
        return new JsonNode(JsonKind.Object, string.Empty, array, NoItems, Location(start, startPosition, _pos));
    }

    private JsonMember? ReadMember(int depth)
    {
        var nameStart = _pos;
        var c = _text[_pos];
        string name;
        if (IsQuote(c))
        {
            name = ReadString();
        }
        else if (IsKeyChar(c))
        {
            while (_pos < _end && IsKeyChar(_text[_pos]))
            {
                _pos++;
            }

            name = StringTable.Get(_strings, _text, nameStart, _pos - nameStart);
            Record("unquoted-key", "member name '" + Shorten(name) + "' is not quoted", nameStart, _pos - nameStart, true);
        }
        else
        {
            SkipUnexpected("where a member name is expected");
            return null;
        }

        var nameLocation = Location(nameStart, _pos - nameStart);
        SkipTrivia();
        if (_pos < _end && _text[_pos] == ':')
        {
            _pos++;
        }
        else
        {
            Record("missing-colon", "missing ':' after member name '" + Shorten(name) + "'", _pos, 0, true);
        }

        var value = ReadValue(depth + 1);
        return new JsonMember(name, value, nameLocation);
    }

    private JsonNode ReadArray(int depth)
    {
        var start = _pos++;
        var startPosition = _cursor.Position(start);
        _openArrays++;
        var items = Rent(ref _itemLists, depth);
        var expectItem = true;
        var lastComma = -1;
        while (true)
        {
            SkipTrivia();
            if (_pos >= _end)
            {
                Record("truncated", "the array is not closed", _pos, 0, true);
                break;
            }

            var c = _text[_pos];
            if (c == ']')
            {
                ReportTrailingComma(lastComma, expectItem);
                _pos++;
                break;
            }

            if (c == '}')
            {
                if (ClosesEnclosing(c))
                {
                    break;
                }

                continue;
            }

            if (c == ',')
            {
                ReportComma(expectItem);
                lastComma = _pos++;
                expectItem = true;
                continue;
            }

            if (!expectItem)
            {
                Record("missing-comma", "missing ',' between items", _lastValueEnd, 0, true);
            }

            lastComma = -1;
            var item = ReadValue(depth + 1);
            items.Add(item);
            expectItem = item.Kind == JsonKind.Ellipsis;
        }

        _openArrays--;
        var array = items.Count == 0 ? NoItems : new EquatableArray<JsonNode>(items.ToArray());
        items.Clear();
        _lastValueEnd = _pos;
        return new JsonNode(JsonKind.Array, string.Empty, NoMembers, array, Location(start, startPosition, _pos));
    }

    /// <summary>Text quoted in a recovery detail, cut to 40 characters.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "\u2026";

    /// <summary>
    /// The scratch list of one nesting level, reused by every container at that level and, per thread, by every
    /// reading (a reading never starts another one before it ends).
    /// </summary>
    private static List<T> Rent<T>(ref List<T>?[]? pool, int depth)
    {
        pool ??= new List<T>?[8];
        if (depth >= pool.Length)
        {
            Array.Resize(ref pool, Math.Max(depth + 1, pool.Length * 2));
        }

        var list = pool[depth];
        if (list is null || list.Capacity > MaxPooledCapacity)
        {
            list = pool[depth] = new List<T>();
        }

        list.Clear();
        return list;
    }

    private JsonNode Leaf(JsonKind kind, string text, int start, int length)
    {
        _lastValueEnd = start + length;
        return new JsonNode(kind, text, NoMembers, NoItems, Location(start, length));
    }

    private LocationInfo Location(int start, int length) => Location(start, _cursor.Position(start), start + length);

    /// <summary>A location whose start position was computed earlier (containers), so look-ups stay forward.</summary>
    private LocationInfo Location(int start, (int Line, int Column) startPosition, int end)
    {
        var endPosition = _cursor.Position(end);
        return new LocationInfo(_map.Path, start, end - start, startPosition.Line, startPosition.Column, endPosition.Line, endPosition.Column);
    }

    private void Record(string kind, string detail, int start, int length, bool recovered)
    {
        (_recoveries ??= new List<JsonRecovery>()).Add(new JsonRecovery(kind, detail, Location(start, length), recovered));
    }

    private EquatableArray<JsonRecovery> Recoveries() =>
        _recoveries is null ? EquatableArray<JsonRecovery>.Empty : new EquatableArray<JsonRecovery>(_recoveries.ToArray());
}
