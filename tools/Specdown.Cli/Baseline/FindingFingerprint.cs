using System;
using System.Security.Cryptography;
using System.Text;
using Specdown.Cli.Analysis;

namespace Specdown.Cli.Baseline;

/// <summary>
/// A line-independent identity of a finding: SHA-256 of ID, path, message and the trimmed text of the finding's first
/// line, so a finding keeps its fingerprint when lines are inserted above it.
/// </summary>
public static class FindingFingerprint
{
    public static string Compute(Finding finding, SourceLines lines)
    {
        var lineText = lines.GetLine(finding.Path, finding.Location.StartLine).Trim();
        var input = string.Join("\u001f", finding.Id, finding.Path, finding.Message, lineText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
