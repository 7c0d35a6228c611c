using System;

namespace Specdown.Cli;

/// <summary>A problem with the command line or its input paths: printed as one line, exit code 2, no stack trace.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
