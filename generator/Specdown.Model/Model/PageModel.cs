using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// Everything one Markdown page says, as located values: the result of <c>PageParser.Parse</c>. No Markdig object
/// survives into it. <see cref="Diagnostics"/> holds what the parser could not place or had to recover from.
/// </summary>
/// <remarks>Equality: all members by value, so an unchanged page yields an equal model (incremental caching).</remarks>
public sealed record PageModel(
    string Path,
    PageKind Kind,
    string? DocType,
    string? Title,
    LocationInfo? TitleLocation,
    string? Namespace,
    EquatableArray<FrontMatterEntry> FrontMatter,
    EquatableArray<Heading> Headings,
    EquatableArray<Annotation> PageAnnotations,
    EquatableArray<TextBlock> TextBlocks,
    EquatableArray<LinkRef> Links,
    EquatableArray<DocTable> Tables,
    EquatableArray<CodeBlock> CodeBlocks,
    EquatableArray<HttpExample> Examples,
    EquatableArray<ExamplePair> ExamplePairs,
    OperationModel? Operation,
    EquatableArray<TypeDefinition> Types,
    EquatableArray<EnumDefinition> Enums,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<LineAccount> Accounting)
{
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
}

/// <summary>
/// Accounting of source lines: a run of lines [<see cref="StartLine"/>, <see cref="EndLine"/>] attributed to what the
/// parser made of them (e.g. "front-matter", "table:Properties", "example:request", "prose", "tab-switcher",
/// "diagnostic:SPD0106").
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record LineAccount(int StartLine, int EndLine, string Category);
