namespace Specdown.Generator.Specs;

/// <summary>
/// One documented example pair as the contract-test emitter needs it: the raw code-block texts, the page lines of their
/// opening fences, the response annotation's flags and <c>@odata.type</c>, and why a check cannot run (null when it can).
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record ContractTestExampleSpec(
    string Name,
    string? RequestText,
    int RequestLine,
    string? ResponseText,
    int ResponseLine,
    bool Truncated,
    bool IsCollection,
    string? ResponseODataType,
    string? RoundTripBlocker,
    string? ReplayBlocker)
{
    /// <summary>The line the example is reported at: the request's fence, else the response's.</summary>
    public int Line => RequestText is not null ? RequestLine : ResponseLine;
}
