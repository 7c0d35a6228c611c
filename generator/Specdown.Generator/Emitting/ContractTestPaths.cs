using System.Collections.Generic;

namespace Specdown.Generator.Emitting;

/// <summary>
/// The page path shown in contract-test failures: separators as <c>/</c> and <c>.</c>/<c>..</c> segments collapsed
/// (<c>proj/../../spec/api/x.md</c> → <c>spec/api/x.md</c>), so the location reads and clicks like any compiler path.
/// </summary>
internal static class ContractTestPaths
{
    public static string Display(string path)
    {
        var normalized = path.Replace('\\', '/');
        var parts = normalized.Split('/');
        var kept = new List<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "." || (part.Length == 0 && i > 0 && i < parts.Length - 1))
            {
                continue;
            }

            if (part == ".." && kept.Count > 0 && kept[kept.Count - 1] != ".." && !(kept.Count == 1 && kept[0].Length == 0) && !kept[kept.Count - 1].EndsWith(":", System.StringComparison.Ordinal))
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            kept.Add(part);
        }

        return string.Join("/", kept);
    }
}
