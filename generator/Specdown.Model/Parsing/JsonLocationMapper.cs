using System;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Moves the locations of a JSON reading made over an example body's own text (lines joined by LF) back onto the page,
/// line by line, for bodies whose page lines carry other characters before the content (a fence in a block quote).
/// Linear in the size of the tree; recursion bounded by <see cref="TolerantJsonReader.MaxDepth"/>.
/// </summary>
internal sealed class JsonLocationMapper
{
    private readonly LineMap _page;
    private readonly HttpBlockLines _lines;
    private readonly int _first;
    private readonly int _last;

    public JsonLocationMapper(LineMap page, HttpBlockLines lines, int first, int last)
    {
        _page = page;
        _lines = lines;
        _first = first;
        _last = last;
    }

    public JsonDocumentInfo Map(JsonDocumentInfo document)
    {
        var recoveries = new JsonRecovery[document.Recoveries.Count];
        for (var i = 0; i < recoveries.Length; i++)
        {
            var recovery = document.Recoveries[i];
            recoveries[i] = recovery with { Location = Map(recovery.Location) };
        }

        var root = document.Root is null ? null : Map(document.Root);
        return new JsonDocumentInfo(root, document.IsStrict, recoveries);
    }

    private JsonNode Map(JsonNode node)
    {
        var members = node.Members;
        if (!members.IsEmpty)
        {
            var mapped = new JsonMember[members.Count];
            for (var i = 0; i < mapped.Length; i++)
            {
                var member = members[i];
                mapped[i] = new JsonMember(member.Name, Map(member.Value), Map(member.NameLocation));
            }

            members = mapped;
        }

        var items = node.Items;
        if (!items.IsEmpty)
        {
            var mapped = new JsonNode[items.Count];
            for (var i = 0; i < mapped.Length; i++)
            {
                mapped[i] = Map(items[i]);
            }

            items = mapped;
        }

        return new JsonNode(node.Kind, node.Text, members, items, Map(node.Location));
    }

    private LocationInfo Map(LocationInfo location)
    {
        var start = Absolute(location.StartLine, location.StartColumn);
        var end = Absolute(location.EndLine, location.EndColumn);
        return _page.GetLocation(start, Math.Max(0, end - start));
    }

    private int Absolute(int line, int column)
    {
        var i = Math.Max(_first, Math.Min(_last, _first + line - 1));
        return _lines.Offset(i) + Math.Max(0, Math.Min(column - 1, _lines.LineLength(i)));
    }
}
