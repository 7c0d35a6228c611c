using System.Globalization;

namespace Specdown.Cli.Tests.Infrastructure;

/// <summary>Reads the printed statistics table back: "section" and "section/item" → count.</summary>
public static class StatsTable
{
    public static IReadOnlyDictionary<string, long> Parse(string text)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var section = string.Empty;
        var started = false;
        foreach (var line in text.Split('\n'))
        {
            if (line == "specdown statistics")
            {
                started = true;
                continue;
            }

            if (!started || line.Length == 0)
            {
                continue;
            }

            var withoutPercent = line.EndsWith('%') ? line.Substring(0, line.LastIndexOf("  ", line.Length - 3, StringComparison.Ordinal)) : line;
            var trimmed = withoutPercent.TrimEnd();
            var split = trimmed.LastIndexOf("  ", StringComparison.Ordinal);
            var isItem = line.StartsWith("  ", StringComparison.Ordinal);
            if (split < 0 || !long.TryParse(trimmed.Substring(split).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                if (!isItem)
                {
                    section = trimmed.Trim();
                }

                continue;
            }

            var label = trimmed.Substring(0, split).Trim();
            if (isItem)
            {
                values[section + "/" + label] = count;
            }
            else
            {
                section = label;
                values[label] = count;
            }
        }

        return values;
    }
}
