using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Specdown.Cli.Stats;

namespace Specdown.Cli.Output;

/// <summary>Prints statistics as an aligned text table: one block per section, its total, then its items.</summary>
public static class StatsWriter
{
    public static void Write(TextWriter writer, DocStatistics stats)
    {
        var labelWidth = 0;
        long widest = 0;
        foreach (var section in stats.Sections)
        {
            labelWidth = Math.Max(labelWidth, section.Title.Length);
            widest = Math.Max(widest, section.Total);
            foreach (var item in section.Items)
            {
                labelWidth = Math.Max(labelWidth, item.Key.Length + 2);
                widest = Math.Max(widest, item.Value);
            }
        }

        var numberWidth = Math.Max(5, widest.ToString(CultureInfo.InvariantCulture).Length);
        writer.Write("specdown statistics\n");
        foreach (var section in stats.Sections)
        {
            if (section.ShowTotal)
            {
                WriteRow(writer, section.Title, section.Total, null, labelWidth, numberWidth);
            }
            else
            {
                writer.Write(section.Title + "\n");
            }

            foreach (var item in section.Items)
            {
                double? percent = section.ShowPercent && section.Total > 0 ? 100.0 * item.Value / section.Total : null;
                WriteRow(writer, "  " + item.Key, item.Value, percent, labelWidth, numberWidth);
            }
        }
    }

    private static void WriteRow(TextWriter writer, string label, long count, double? percent, int labelWidth, int numberWidth)
    {
        var line = label.PadRight(labelWidth) + "  " + count.ToString(CultureInfo.InvariantCulture).PadLeft(numberWidth);
        if (percent is { } value)
        {
            line += "  " + value.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(6) + " %";
        }

        writer.Write(line + "\n");
    }
}
