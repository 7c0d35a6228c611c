using System.Globalization;

namespace Specdown.Analyzers.Tests.Host;

/// <summary>The build (the Roslyn host) and the CLI (RuleRunner) report the same findings at the same place.</summary>
public sealed class HostMatchesRuleRunnerTests
{
    [Fact]
    public async Task The_analyzer_reports_exactly_what_RuleRunner_returns_for_the_spec_folder()
    {
        var root = AppContext.BaseDirectory;
        var files = Directory.GetFiles(Path.Combine(root, "spec"), "*.md", SearchOption.AllDirectories)
            .Select(f => ("/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToArray();

        var expected = RuleHarness.Run(files)
            .Select(d => $"{d.Location.FilePath}({d.Location.StartLine},{d.Location.StartColumn}): {d.Id} {d.Message}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
        var diagnostics = await GlobalConfigCompilation.RunAsync(new DocumentationAnalyzer(), "is_global = true\n", files);
        var actual = diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}";
            })
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
