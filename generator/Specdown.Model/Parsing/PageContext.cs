using System.Collections.Generic;
using System.Text;
using System.Threading;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// The mutable state of one <see cref="PageParser.Parse"/> call: the line map, what has been read so far, the current
/// section, the pending annotation and the line ledger. Never shared between threads or calls.
/// </summary>
internal sealed class PageContext
{
    public PageContext(LineMap map, CancellationToken cancellationToken)
    {
        Path = map.Path;
        Map = map;
        CancellationToken = cancellationToken;
        Ledger = new AccountingLedger(Map);
        Sections = new SectionTracker();
        var scratch = _sharedScratch;
        if (scratch == null || scratch.Capacity > MaxSharedScratch)
        {
            _sharedScratch = scratch = new StringBuilder(256);
        }

        scratch.Clear();
        Scratch = scratch;
    }

    /// <summary>A larger scratch builder (after a huge paragraph) is not kept for the next page.</summary>
    private const int MaxSharedScratch = 1 << 16;

    /// <summary>One scratch builder per thread, reused by every page parsed on it (parses do not nest).</summary>
    [System.ThreadStatic]
    private static StringBuilder? _sharedScratch;

    public string Path { get; }

    public LineMap Map { get; }

    public CancellationToken CancellationToken { get; }

    public AccountingLedger Ledger { get; }

    public SectionTracker Sections { get; }

    public StringBuilder Scratch { get; }

    /// <summary>Reusable lists for readers (never stored in the model).</summary>
    public List<LinkRef> LinkScratch { get; } = new();

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public List<FrontMatterEntry> FrontMatter { get; } = new();

    public List<Heading> Headings { get; } = new();

    public List<Annotation> PageAnnotations { get; } = new();

    public List<TextBlock> TextBlocks { get; } = new();

    public List<ProseItem> Prose { get; } = new();

    public List<LinkRef> Links { get; } = new();

    public List<TableItem> Tables { get; } = new();

    public List<CodeBlock> CodeBlocks { get; } = new();

    public List<HttpExample> Examples { get; } = new();

    public List<HttpPath> Paths { get; } = new();

    /// <summary>The resource annotations with the code block each describes.</summary>
    public List<CodeBlock> ResourceBlocks { get; } = new();

    public string? Title { get; set; }

    public LocationInfo? TitleLocation { get; set; }

    public int TitleCount { get; set; }

    public string? Namespace { get; set; }

    /// <summary>The page kind the front matter's doc_type declares (Unknown when none).</summary>
    public PageKind DocTypeKind { get; set; }

    /// <summary>The text of the last paragraph read in the current section (a table's introduction).</summary>
    public string? LastParagraph { get; set; }

    private Annotation? _pending;
    private int _pendingFirstLine;
    private int _pendingLastLine;
    private int _pendingSkipped;

    /// <summary>Holds a block annotation until the code block it describes.</summary>
    public void SetPendingAnnotation(Annotation annotation, int firstLine, int lastLine)
    {
        DropPendingAnnotation();
        _pending = annotation;
        _pendingFirstLine = firstLine;
        _pendingLastLine = lastLine;
        _pendingSkipped = 0;
    }

    /// <summary>The pending annotation, handed to the code block starting at <paramref name="line"/>.</summary>
    public Annotation? TakeAnnotation(int line)
    {
        var annotation = _pending;
        _pending = null;
        return annotation != null && _pendingLastLine < line ? annotation : null;
    }

    /// <summary>
    /// A paragraph or tab switcher between an annotation and its fence is tolerated once (the corpus writes a caption
    /// there); anything else orphans the annotation.
    /// </summary>
    public void SkipOverPendingAnnotation()
    {
        if (_pending != null && ++_pendingSkipped > 1)
        {
            DropPendingAnnotation();
        }
    }

    /// <summary>Reports the pending annotation as orphan (SPD0111), if any.</summary>
    public void DropPendingAnnotation()
    {
        if (_pending == null)
        {
            return;
        }

        Report(RuleIds.OrphanAnnotation, _pending.Location, _pending.BlockType ?? string.Empty);
        Ledger.Set(_pendingFirstLine, _pendingLastLine, "diagnostic:" + RuleIds.OrphanAnnotation);
        _pending = null;
    }

    private Dictionary<string, int>? _anchors;

    [System.ThreadStatic]
    private static Dictionary<string, int>? _sharedAnchors;

    /// <summary>A heading anchor made unique on the page the way GitHub does it (<c>x</c>, <c>x-1</c>, <c>x-2</c>...).</summary>
    public string UniqueAnchor(string slug)
    {
        if (_anchors == null)
        {
            // One dictionary per thread, emptied for each page (parses do not nest); a huge one is not kept.
            _anchors = _sharedAnchors is { Count: < 4096 } shared ? shared : _sharedAnchors = new Dictionary<string, int>(System.StringComparer.Ordinal);
            _anchors.Clear();
        }

        if (!_anchors.TryGetValue(slug, out var count))
        {
            _anchors[slug] = 1;
            return slug;
        }

        _anchors[slug] = count + 1;
        return slug + "-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The front-matter value for <paramref name="key"/> (case-insensitive), or null.</summary>
    public string? GetFrontMatter(string key)
    {
        foreach (var entry in FrontMatter)
        {
            if (string.Equals(entry.Key, key, System.StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return null;
    }

    public void Report(string id, LocationInfo location, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(id, location, arguments));

    /// <summary>The location of [start, end] inclusive, as Markdig spans are.</summary>
    public LocationInfo Span(int start, int endInclusive) => Map.GetLocation(start, endInclusive - start + 1);
}

/// <summary>A prose block with the links it holds and the heading it stands under.</summary>
internal sealed class ProseItem
{
    public ProseItem(TextBlock block, LinkRef[]? links, string headingText)
    {
        Block = block;
        Links = links;
        HeadingText = headingText;
    }

    public TextBlock Block { get; }

    public LinkRef[]? Links { get; }

    public string HeadingText { get; }
}

/// <summary>A table with the section it stands in and the prose paragraph that introduced it.</summary>
internal sealed class TableItem
{
    public TableItem(DocTable table, SectionKind section, string? intro)
    {
        Table = table;
        Section = section;
        Intro = intro;
    }

    public DocTable Table { get; }

    public SectionKind Section { get; }

    public string? Intro { get; }
}
