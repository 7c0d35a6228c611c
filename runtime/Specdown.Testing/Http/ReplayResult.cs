using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>The outcome of replaying a documented request and checking the response.</summary>
public sealed class ReplayResult
{
    internal ReplayResult(
        DocumentedExample example,
        string request,
        int? documentedStatus,
        int actualStatus,
        string documentedBody,
        string actualBody,
        IReadOnlyList<ConformanceDifference> differences,
        IReadOnlyList<string> notes)
    {
        Example = example;
        Request = request;
        DocumentedStatus = documentedStatus;
        ActualStatus = actualStatus;
        DocumentedBody = documentedBody;
        ActualBody = actualBody;
        Differences = differences;
        Notes = notes;
    }

    /// <summary>The example that was replayed.</summary>
    public DocumentedExample Example { get; }

    /// <summary>The request as sent, <c>METHOD /path</c>.</summary>
    public string Request { get; }

    /// <summary>The documented status code, or null when the example has none.</summary>
    public int? DocumentedStatus { get; }

    /// <summary>The status code the service returned.</summary>
    public int ActualStatus { get; }

    /// <summary>The documented response body (as written).</summary>
    public string DocumentedBody { get; }

    /// <summary>The body the service returned.</summary>
    public string ActualBody { get; }

    /// <summary>Status, content type and body differences (body paths start with <c>$</c>).</summary>
    public IReadOnlyList<ConformanceDifference> Differences { get; }

    /// <summary>Remarks that do not fail the check, such as the SPD0002 note on a 204 documented with a body.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>True when the response conforms to the documented response.</summary>
    public bool IsSuccess => Differences.Count == 0;
}
