using System;
using System.Collections.Generic;

namespace Specdown.Testing;

/// <summary>A documented example and the code under test disagree; the message explains how.</summary>
public sealed class ContractException : Exception
{
    /// <summary>Creates the exception with a complete, human-readable message.</summary>
    public ContractException(
        string message,
        DocumentedExample example,
        IReadOnlyList<ConformanceDifference> differences,
        IReadOnlyList<string> notes,
        string? receivedFile,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Example = example;
        Differences = differences;
        Notes = notes;
        ReceivedFile = receivedFile;
    }

    /// <summary>The example that failed.</summary>
    public DocumentedExample Example { get; }

    /// <summary>The path-by-path differences (empty when the example could not run at all).</summary>
    public IReadOnlyList<ConformanceDifference> Differences { get; }

    /// <summary>Notes on the check (SPD0002, SPD0008, ...).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The <c>.received.json</c> file written for this failure, or null.</summary>
    public string? ReceivedFile { get; }
}
