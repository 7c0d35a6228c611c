using System.Text;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>The parser never throws, is deterministic across line endings, honours cancellation and stays linear.</summary>
public class RobustnessTests
{
    public static TheoryData<string> Garbage => new()
    {
        string.Empty,
        "\0\0\0",
        "---",
        "---\n---\n",
        "<!--",
        "<!-- { \"blockType\": \"request\"",
        "```",
        "|||\n|-|-|\n||",
        "# [](#tab/)\n# \n#",
        "\uFEFF# T\r\n\r\n## HTTP request\r\n```http\r\n\r\n```",
        "## Response\nreturns `999` and `200",
        "## Examples\n```http\nGET\n```\n```http\nHTTP/1.1\n```",
        "> ```\n> unclosed in quote\n\n- ```\n  unclosed in list",
        "\u202E\u2066 bidi # title\n| a | b |\n|---|---|\n| `x | y`",
        new string('[', 5000) + new string('>', 5000),
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Never_throws_on_garbage(string text)
    {
        var page = PageParser.Parse("g.md", text);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0113");
        AccountingAssert.EveryLineAccounted(page, text);
    }

    [Fact]
    public void Random_bytes_never_break_the_parser()
    {
        var random = new Random(1234);
        var alphabet = "#|`-<>!{}[]():\"\\ \n\r\tabcHTTP/1.0 200 GET /x*_";
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = builder.ToString();
            var page = PageParser.Parse("r.md", text);
            Assert.True(!page.Diagnostics.Any(d => d.Id == "SPD0113"), "parser failed on: " + text);
        }
    }

    [Fact]
    public void Deep_json_does_not_overflow()
    {
        var json = new string('[', 10000) + new string(']', 10000);
        var text = "# T\n## Examples\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\n\n" + json + "\n```\n";
        var page = PageParser.Parse("deep.md", text);
        Assert.DoesNotContain(page.Diagnostics, d => d.Id == "SPD0113");
        Assert.Equal(200, Assert.Single(page.Examples).StatusCode);
    }

    [Fact]
    public void Markdown_nested_beyond_markdig_limits_is_reported_not_thrown()
    {
        var text = "# T\n" + new string('>', 10000) + " deep\n";
        var page = PageParser.Parse("deep.md", text);
        var limit = Assert.Single(page.Diagnostics);
        Assert.Equal("SPD0109", limit.Id);
        AccountingAssert.EveryLineAccounted(page, text);
    }

    [Fact]
    public void Crlf_gives_the_same_model_apart_from_offsets()
    {
        foreach (var file in new[] { "spec/api/chat-post-chats-ref.md", "Fixtures/resource-widget.md", "Fixtures/tabs-api.md", "Fixtures/intune-style-api.md" })
        {
            var text = PageTestFiles.Read(file).Replace("\r\n", "\n");
            var fromLf = PageParser.Parse("p.md", text);
            var fromCrlf = PageParser.Parse("p.md", text.Replace("\n", "\r\n"));
            Assert.Equal(Normalize(fromLf), Normalize(fromCrlf));
            Assert.Equal(fromLf.Accounting, fromCrlf.Accounting);
        }

        var lf = PageTestFiles.Read("spec/api/chat-post-chats-ref.md").Replace("\r\n", "\n");
        var a = PageParser.Parse("p.md", lf);
        var b = PageParser.Parse("p.md", lf.Replace("\n", "\r\n"));
        Assert.Contains("\"StartLine\":88", Normalize(b));
        Assert.Equal(a.Accounting, b.Accounting);
        Assert.Equal(a.Examples[1].Json!.Root!.Members.Count, b.Examples[1].Json!.Root!.Members.Count);
    }

    [Fact]
    public void Parsing_twice_gives_equal_models()
    {
        var text = PageTestFiles.Read("Fixtures/resource-widget.md");
        Assert.Equal(PageParser.Parse("w.md", text), PageParser.Parse("w.md", text));
        Assert.NotEqual(PageParser.Parse("w.md", text), PageParser.Parse("w.md", text + "\nMore prose.\n"));
    }

    [Fact]
    public void Culture_does_not_change_the_model()
    {
        var text = PageTestFiles.Read("Fixtures/resource-widget.md").Replace("widget", "WIDGET_I");
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var invariant = PageParser.Parse("w.md", text);
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            var turkish = PageParser.Parse("w.md", text);
            Assert.Equal(invariant, turkish);
            Assert.Equal("microsoft.graph.gadgets.WIDGET_I", turkish.Types[0].FullName);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Parallel_parses_give_the_same_models()
    {
        var files = PageTestFiles.SpecPages().Concat(new[] { "Fixtures/resource-widget.md", "Fixtures/tabs-api.md", "Fixtures/intune-style-api.md", "Fixtures/enum-flavor.md" }).ToArray();
        var texts = files.Select(PageTestFiles.Read).ToArray();
        var sequential = files.Select((f, i) => PageParser.Parse(f, texts[i])).ToArray();
        var parallel = new PageModel[files.Length * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = PageParser.Parse(files[i % files.Length], texts[i % files.Length]));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % files.Length], parallel[i]);
        }
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PageParser.Parse("x.md", "# T\n", source.Token));
    }

    [Fact]
    public void Time_is_linear_in_the_page_size()
    {
        var unit = PageTestFiles.Read("Fixtures/intune-style-api.md");
        var small = string.Concat(Enumerable.Repeat(unit, 20));
        var large = string.Concat(Enumerable.Repeat(unit, 200));
        PageParser.Parse("s.md", small);
        var smallTime = Measure(() => PageParser.Parse("s.md", small));
        var largeTime = Measure(() => PageParser.Parse("l.md", large));
        Assert.True(largeTime < smallTime * 40, $"10x input took {largeTime / Math.Max(1, smallTime):F1}x the time");
    }

    private static double Measure(Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    /// <summary>The whole model as JSON with every location reduced to line and column (offsets differ between LF and CRLF).</summary>
    private static string Normalize(PageModel page)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(page);
        return System.Text.RegularExpressions.Regex.Replace(json, "\"Start\":\\d+,\"Length\":\\d+,", string.Empty);
    }
}
