namespace Specdown.Cli;

/// <summary>The process exit codes of <c>specdown</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success: no diagnostic of severity error.</summary>
    public const int Success = 0;

    /// <summary>The docs have errors (or unaccounted lines with <c>--accounting</c>).</summary>
    public const int Errors = 1;

    /// <summary>Bad usage, unreadable input paths, or an internal error.</summary>
    public const int Usage = 2;
}
