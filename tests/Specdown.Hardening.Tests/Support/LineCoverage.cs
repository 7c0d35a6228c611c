using Specdown.Model;

namespace Specdown.Hardening.Tests.Support;

/// <summary>The non-blank lines of a page that no accounting run (other than "unaccounted") covers.</summary>
public static class LineCoverage
{
    public static List<string> Unaccounted(PageModel page, string text)
    {
        var lines = SplitLines(text);
        var covered = new bool[lines.Count + 2];
        foreach (var run in page.Accounting)
        {
            if (run.Category == "unaccounted")
            {
                continue;
            }

            for (var line = Math.Max(1, run.StartLine); line <= Math.Min(lines.Count, run.EndLine); line++)
            {
                covered[line] = true;
            }
        }

        var missing = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]) && !covered[i + 1])
            {
                missing.Add(page.Path + "(" + (i + 1) + "): " + lines[i]);
            }
        }

        return missing;
    }

    /// <summary>Lines split at CRLF, CR or LF; a final line break does not start another line.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                lines.Add(text.Substring(start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }
}
