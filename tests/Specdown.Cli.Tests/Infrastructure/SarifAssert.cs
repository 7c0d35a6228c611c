using System.Text.Json;

namespace Specdown.Cli.Tests.Infrastructure;

/// <summary>
/// Structural validation of a SARIF 2.1.0 log: the members GitHub code scanning and the SARIF viewer rely on, with
/// their types and ranges.
/// </summary>
public static class SarifAssert
{
    private static readonly string[] Levels = { "none", "note", "warning", "error" };

    public static void IsValid(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var runs = root.GetProperty("runs");
        Assert.Equal(1, runs.GetArrayLength());
        var driver = runs[0].GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        foreach (var rule in rules)
        {
            Assert.Matches("^SPD[0-9]{4}$", rule.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
            Assert.True(Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), UriKind.Absolute));
        }

        foreach (var result in runs[0].GetProperty("results").EnumerateArray())
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), Levels);
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), $"not a relative URI: {uri}");
            Assert.DoesNotContain('\\', uri!);
            var region = physical.GetProperty("region");
            var startLine = region.GetProperty("startLine").GetInt32();
            var startColumn = region.GetProperty("startColumn").GetInt32();
            Assert.True(startLine >= 1 && startColumn >= 1, "region start must be 1-based");
            var endLine = region.GetProperty("endLine").GetInt32();
            Assert.True(endLine > startLine || (endLine == startLine && region.GetProperty("endColumn").GetInt32() >= startColumn));
        }
    }
}
