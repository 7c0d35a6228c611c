using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Specdown.Cli.Analysis;

namespace Specdown.Cli.Output;

/// <summary>Writes findings like MSBuild and csc do: <c>path(line,col): warning SPD0002: message</c>, one a line.</summary>
public static class TextDiagnosticWriter
{
    public static void Write(Stream stream, IReadOnlyList<Finding> findings)
    {
        using var writer = OutputFiles.CreateTextWriter(stream);
        foreach (var finding in findings)
        {
            writer.WriteLine(Format(finding));
        }
    }

    public static string Format(Finding finding) => string.Create(
        CultureInfo.InvariantCulture,
        $"{finding.Path}({finding.Location.StartLine},{finding.Location.StartColumn}): {SeverityNames.ToWord(finding.Severity)} {finding.Id}: {CliContext.OneLine(finding.Message)}");
}
