using System.Globalization;

namespace Specdown.Analyzers.Tests.Rules;

/// <summary>Rules never throw on hostile input, and their output does not depend on page order or culture.</summary>
public sealed class RobustnessTests
{
    private static (string, string)[] Pages()
    {
        var broken = new ApiPage(
            Path: "docs/api/broken.md",
            RequestName: "broken",
            Paths: "POST /chats/{id}/$ref\nGET",
            Request: "POST https://graph.microsoft.com/beta/chats/%zz/$ref?x=(\nContent-Length: -5\n\n{ \"topic\": [1, {\"id\": }, ,] ",
            Response: "HTTP/1.1 204\n{\n  \"memberCount\": \"x\",\n  \"chatType\": 5,\n  \"value\": { \"id\": 1 }\n}");
        return new[] { RuleHarness.Chat, RuleHarness.Entity, new ApiPage(ResponseProse: "Returns `200 OK`.").File, broken.File };
    }

    [Fact]
    public void Deeply_nested_json_does_not_overflow_the_stack()
    {
        var depth = 10_000;
        var body = "{\n  \"topic\": " + string.Concat(Enumerable.Repeat("{\"topic\": ", depth)) + "1" + new string('}', depth) + "\n}";
        var page = new ApiPage(Response: "HTTP/1.1 201 Created\nContent-Type: application/json\n\n" + body);

        var results = RuleHarness.Run(RuleHarness.Chat, RuleHarness.Entity, page.File);

        Assert.NotNull(results);
    }

    [Fact]
    public void Broken_pages_give_diagnostics_not_exceptions()
    {
        var results = RuleHarness.Run(Pages());
        Assert.Contains(results, d => d.Location.FilePath == "docs/api/broken.md");
    }

    [Fact]
    public void Output_does_not_depend_on_page_order()
    {
        var forward = RuleHarness.Run(Pages()).Select(RuleHarness.Format).ToArray();
        var backward = RuleHarness.Run(Pages().Reverse().ToArray()).Select(RuleHarness.Format).ToArray();
        Assert.NotEmpty(forward);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Output_does_not_depend_on_culture()
    {
        var invariant = RuleHarness.Run(Pages()).Select(RuleHarness.Format).ToArray();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            Assert.Equal(invariant, RuleHarness.Run(Pages()).Select(RuleHarness.Format).ToArray());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
