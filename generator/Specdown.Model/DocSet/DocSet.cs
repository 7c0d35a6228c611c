using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// The cross-file view of a set of pages: types and enums merged by full name (a type documented on several pages is
/// one type), looked up by full name, short name or page path; type references resolved; what cannot be resolved kept
/// as such. Built once from the parsed pages; read-only afterwards (safe to share between threads).
/// </summary>
public sealed partial class DocSet
{
    private static readonly char[] PathSeparators = { '/', '\\' };

    private readonly ConcurrentDictionary<(string Folder, string Target, string Name, bool IsCollection), ResolvedType?> _linkedTypes = new();

    private DocSetIndex _index = DocSetIndex.Empty;

    /// <summary>Builds the doc set; pages are ordered by path (ordinal) so the result does not depend on input order.</summary>
    public static DocSet Create(IEnumerable<PageModel> pages)
    {
        var ordered = new List<PageModel>(pages ?? Array.Empty<PageModel>());
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var diagnostics = new List<DiagnosticInfo>();
        var types = DocSetMerger.MergeTypes(ordered, diagnostics);
        var enums = DocSetMerger.MergeEnums(ordered, diagnostics);
        var set = new DocSet
        {
            Pages = ordered,
            Types = types,
            Enums = enums,
            Diagnostics = diagnostics,
        };
        set._index = DocSetIndex.Build(ordered, types, enums);
        return set;
    }

    /// <summary>The pages, ordered by path.</summary>
    public IReadOnlyList<PageModel> Pages { get; private set; } = Array.Empty<PageModel>();

    /// <summary>The merged types, ordered by full name.</summary>
    public IReadOnlyList<TypeDefinition> Types { get; private set; } = Array.Empty<TypeDefinition>();

    /// <summary>The merged enums, ordered by full name.</summary>
    public IReadOnlyList<EnumDefinition> Enums { get; private set; } = Array.Empty<EnumDefinition>();

    /// <summary>Diagnostics about the set as a whole (e.g. conflicting definitions of a merged type).</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; private set; } = Array.Empty<DiagnosticInfo>();
}
