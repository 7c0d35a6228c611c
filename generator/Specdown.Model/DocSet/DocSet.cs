using System;
using System.Collections.Generic;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// The cross-file view of a set of pages: types and enums merged by full name (a type documented on several pages is
/// one type), looked up by full name, short name or page path; type references resolved; what cannot be resolved kept
/// as such. Built once from the parsed pages; read-only afterwards.
/// </summary>
public sealed partial class DocSet
{
    /// <summary>Builds the doc set; pages are ordered by path (ordinal) so the result does not depend on input order.</summary>
    public static DocSet Create(IEnumerable<PageModel> pages) => throw new NotImplementedException("stub");

    /// <summary>The pages, ordered by path.</summary>
    public IReadOnlyList<PageModel> Pages { get; private set; } = Array.Empty<PageModel>();

    /// <summary>The merged types, ordered by full name.</summary>
    public IReadOnlyList<TypeDefinition> Types { get; private set; } = Array.Empty<TypeDefinition>();

    /// <summary>The merged enums, ordered by full name.</summary>
    public IReadOnlyList<EnumDefinition> Enums { get; private set; } = Array.Empty<EnumDefinition>();

    /// <summary>Diagnostics about the set as a whole (e.g. conflicting definitions of a merged type).</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; private set; } = Array.Empty<DiagnosticInfo>();
}
