using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>The examples of one page that become contract tests, in page order.</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record ContractTestPageSpec(
    string Path,
    string Namespace,
    EquatableArray<ContractTestExampleSpec> Examples)
{
    public static readonly ContractTestPageSpec Empty = new(string.Empty, string.Empty, EquatableArray<ContractTestExampleSpec>.Empty);
}

/// <summary>A page's contract tests with the class name allocated for it (unique across the doc set).</summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record ContractTestClassSpec(string ClassName, ContractTestPageSpec Page);
