using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// Everything the generator keeps of one page, made in one per-file step (parse, reduce, extract): the page's
/// <see cref="PageSpec"/>, its type keys and its contract-test examples. The Markdown model itself is not kept.
/// </summary>
/// <remarks>Equality: all members by value (records compare by reference first, so unchanged pages compare cheaply).</remarks>
internal sealed record PageData(PageSpec Spec, EquatableArray<TypeKey> Keys, ContractTestPageSpec ContractTests)
{
    /// <summary>What a file that is not Markdown, or cannot be read, contributes: nothing.</summary>
    public static readonly PageData Empty = new(PageSpec.Empty, EquatableArray<TypeKey>.Empty, ContractTestPageSpec.Empty);
}
