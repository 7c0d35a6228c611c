using Specdown.Cli.Tests.Infrastructure;

namespace Specdown.Cli.Tests;

public class RobustnessTests
{
    private static TempDirectory HostileDocs()
    {
        var temp = new TempDirectory();
        var deep = new string('[', 10_000) + new string(']', 10_000);
        temp.Write("docs/api/deep.md", $"---\ntitle: deep\ndoc_type: apiPageType\n---\n\n# Deep\n\n## HTTP request\n\n```http\nPOST /deep\n```\n\n## Examples\n\n### Request\n\n<!-- {{ \"blockType\": \"request\", \"name\": \"deep\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/deep\nContent-type: application/json\n\n{deep}\n```\n");
        temp.Write("docs/api/unclosed.md", "---\ntitle: unclosed\ndoc_type: apiPageType\n---\r\n\r\n# Unclosed\r\n\r\n## Examples\r\n\r\n```http\r\nGET /x\r\n\r\n| a | b |\r\n");
        temp.Write("docs/resources/odd.md", "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.odd\",, } -->\n```json\n{ \"a\": \"\u202Eevil\", }\n```\n| Property | Type |\n|--|\n| x | [y](z.md) | extra | cells |\n\0\u0001");
        temp.Write("docs/empty.md", string.Empty);
        return temp;
    }

    [Theory]
    [InlineData("check", "docs", "--format", "sarif", "--stats")]
    [InlineData("model", "docs", "--accounting", "--stats")]
    [InlineData("generate", "docs", "--output", "gen")]
    public void Hostile_pages_do_not_crash_any_command(params string[] args)
    {
        using var temp = HostileDocs();
        var run = CliRun.RunIn(temp.Path, args);
        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }
}
