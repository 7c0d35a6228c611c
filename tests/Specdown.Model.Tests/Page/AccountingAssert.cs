using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>Checks that a page's accounting gives every non-blank line exactly one category, and none "unaccounted".</summary>
internal static class AccountingAssert
{
    public static void EveryLineAccounted(PageModel page, string text)
    {
        var map = new LineMap(page.Path, text);
        var owner = new string?[map.LineCount + 1];
        foreach (var run in page.Accounting)
        {
            Assert.NotEqual("unaccounted", run.Category);
            Assert.InRange(run.StartLine, 1, map.LineCount);
            Assert.InRange(run.EndLine, run.StartLine, map.LineCount);
            for (var line = run.StartLine; line <= run.EndLine; line++)
            {
                if (map.LineText(line).Trim().Length == 0)
                {
                    continue;
                }

                Assert.True(owner[line] == null, $"line {line} is in two runs: {owner[line]} and {run.Category}");
                owner[line] = run.Category;
            }
        }

        for (var line = 1; line <= map.LineCount; line++)
        {
            if (map.LineText(line).Trim().Length > 0)
            {
                Assert.True(owner[line] != null, $"line {line} is not accounted: {map.LineText(line)}");
            }
        }
    }

    /// <summary>The category of a 1-based line.</summary>
    public static string? CategoryOf(PageModel page, int line) =>
        page.Accounting.FirstOrDefault(run => run.StartLine <= line && line <= run.EndLine)?.Category;
}
