using System;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>Classifies a table's Type cell (or a return-type phrase) into a <see cref="TypeRef"/>.</summary>
/// <remarks>
/// Recognised: primitives in any case with or without <c>Edm.</c>; links to types (name from the link text,
/// <c>microsoft.graph.</c> removed, sub-namespaces kept); reference links <c>[x][]</c>; bare type names; collections
/// (<c>X collection</c>, <c>Collection(X)</c>, <c>collection of X</c>, <c>X[]</c>); <c>(Optional)</c> markers; empty
/// or <c>None</c>. A leading type followed by a remark after a separator (<c>String, maximum size 20</c>,
/// <c>Int32 (nullable)</c>) is classified by the leading type; <see cref="TypeRef.Raw"/> always keeps the cell as
/// written. Anything else is <see cref="TypeRefKind.Unclassified"/>.
/// </remarks>
public static class TypeCellParser
{
    /// <summary>Classifies <paramref name="raw"/> (the cell as written, with its links).</summary>
    public static TypeRef Parse(string raw, EquatableArray<LinkRef> links, LocationInfo location)
    {
        raw ??= string.Empty;
        var cache = _cache ??= new System.Collections.Generic.Dictionary<string, TypeRef>(StringComparer.Ordinal);
        if (cache.TryGetValue(raw, out var known))
        {
            return new TypeRef(known.Kind, known.Name, known.LinkTarget, known.IsCollection, known.IsOptional, raw, location);
        }

        var cell = TypeCellText.Read(raw);
        var type = Parse(raw, cell, links, location);
        if (cell.LinkCount == 0 || cell.LinkTarget != null)
        {
            // The classification depends on the cell's text alone (a reference link would need the page's links).
            if (cache.Count >= MaxCached)
            {
                cache.Clear();
            }

            cache[raw] = type;
        }

        return type;
    }

    /// <summary>
    /// Type cells repeat a great deal (<c>String</c>, <c>Boolean</c>, <c>[identitySet](identityset.md)</c>): one small
    /// cache per thread maps a cell's text to its classification (a pure function of the text when it has no reference
    /// link), so each distinct cell is classified once.
    /// </summary>
    [ThreadStatic]
    private static System.Collections.Generic.Dictionary<string, TypeRef>? _cache;

    private const int MaxCached = 4096;

    private static TypeRef Parse(string raw, TypeCellText cell, EquatableArray<LinkRef> links, LocationInfo location)
    {
        var text = TypeCellWords.RemoveOptional(cell.Text.Trim().TrimEnd('.').Trim(), out var optional);
        if (TypeCellWords.IsNone(text))
        {
            return new TypeRef(TypeRefKind.None, string.Empty, null, false, optional, raw, location);
        }

        var type = Qualified(text) ?? Classify(text, cell, links);
        if (type is null && TypeCellWords.LeadingPart(text) is { } lead)
        {
            // "Leading type + remark": only a primitive or the cell's link may lead, never a bare word of prose.
            type = Classify(lead, cell, links);
            type = type is { Kind: TypeRefKind.Primitive } || (type is not null && cell.LinkText is not null) ? type : null;
        }

        return type is { } found
            ? new TypeRef(found.Kind, found.Name, found.Target, found.IsCollection, optional, raw, location)
            : new TypeRef(TypeRefKind.Unclassified, text, cell.LinkTarget, false, optional, raw, location);
    }

    /// <summary>A qualified primitive, <c>String (timestamp)</c> → DateTimeOffset, as in example placeholders.</summary>
    private static Classified? Qualified(string text)
    {
        if (text.IndexOf('(') < 0)
        {
            return null;
        }

        var type = JsonPlaceholders.FromText(text);
        return type is null || type.StartsWith("Collection(", StringComparison.Ordinal)
            ? null
            : new Classified(TypeRefKind.Primitive, type, null, false);
    }

    private static Classified? Classify(string text, TypeCellText cell, EquatableArray<LinkRef> links)
    {
        var core = TypeCellWords.CollectionElement(TypeCellWords.RemoveKindWord(text), out var isCollection);
        core = TypeCellWords.RemoveKindWord(core);
        if (core.Length == 0)
        {
            return null;
        }

        if (cell.LinkText is not null && string.Equals(core, cell.LinkText, StringComparison.Ordinal) && cell.LinkCount == 1)
        {
            return FromLink(cell, links, isCollection);
        }

        var name = TypeCellWords.CleanName(core);
        var primitive = PrimitiveTypes.Normalize(name);
        if (primitive is not null)
        {
            return new Classified(TypeRefKind.Primitive, primitive, null, isCollection);
        }

        return TypeCellWords.IsTypeName(name) && cell.LinkCount == 0
            ? new Classified(TypeRefKind.Named, TypeCellWords.ShortName(name), null, isCollection)
            : null;
    }

    private static Classified? FromLink(TypeCellText cell, EquatableArray<LinkRef> links, bool isCollection)
    {
        var target = cell.LinkTarget ?? Resolve(cell, links);
        var name = TypeCellWords.CleanName(cell.LinkText!);
        var primitive = PrimitiveTypes.Normalize(name);
        if (primitive is not null)
        {
            return new Classified(TypeRefKind.Primitive, primitive, target, isCollection);
        }

        if (!TypeCellWords.IsTypeName(name))
        {
            return null;
        }

        return new Classified(TypeRefKind.Named, TypeCellWords.ShortName(name), target, isCollection);
    }

    /// <summary>The target of a reference link, from the page's links (same text or label).</summary>
    private static string? Resolve(TypeCellText cell, EquatableArray<LinkRef> links)
    {
        foreach (var link in links)
        {
            if (link.Target.Length > 0
                && (string.Equals(link.Text.Trim('`', '*', ' '), cell.LinkText, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(link.Text, cell.LinkLabel, StringComparison.OrdinalIgnoreCase)))
            {
                return link.Target;
            }
        }

        return null;
    }

    private readonly struct Classified
    {
        public Classified(TypeRefKind kind, string name, string? target, bool isCollection)
        {
            Kind = kind;
            Name = name;
            Target = target;
            IsCollection = isCollection;
        }

        public TypeRefKind Kind { get; }

        public string Name { get; }

        public string? Target { get; }

        public bool IsCollection { get; }
    }
}
