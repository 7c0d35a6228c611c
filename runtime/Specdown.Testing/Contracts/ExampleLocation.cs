using System.Globalization;

namespace Specdown.Testing;

/// <summary>Maps a line inside an example's body back to the Markdown page.</summary>
internal static class ExampleLocation
{
    /// <summary>
    /// The page location of line <paramref name="jsonLine"/> (1-based) of a body that starts at
    /// <paramref name="bodyLine"/> (0-based) of the example text, whose code fence opens on <paramref name="fenceLine"/>;
    /// null when any of them is unknown.
    /// </summary>
    public static string? Of(string docPath, int fenceLine, int bodyLine, int jsonLine)
    {
        if (fenceLine <= 0 || bodyLine < 0 || jsonLine <= 0)
        {
            return null;
        }

        return docPath + ":" + (fenceLine + 1 + bodyLine + jsonLine - 1).ToString(CultureInfo.InvariantCulture);
    }

    public static string Suffix(string? location) => location is null ? string.Empty : " at " + location;
}
