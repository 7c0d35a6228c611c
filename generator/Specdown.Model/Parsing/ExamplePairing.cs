using System.Collections.Generic;
using System.Globalization;

namespace Specdown.Model.Parsing;

/// <summary>
/// Pairs each request example with the next response on the page (in order). A response without a request before it,
/// or a request followed by another request, stands alone. A pair is named by its request's annotation name, else
/// <c>&lt;page-file-name&gt;-&lt;n&gt;</c>.
/// </summary>
internal static class ExamplePairing
{
    public static List<ExamplePair> Pair(string path, List<HttpExample> examples)
    {
        var pairs = new List<ExamplePair>();
        int? pending = null;
        for (var i = 0; i < examples.Count; i++)
        {
            if (examples[i].IsRequest)
            {
                if (pending != null)
                {
                    pairs.Add(Create(path, examples, pairs.Count, pending, null));
                }

                pending = i;
                continue;
            }

            pairs.Add(Create(path, examples, pairs.Count, pending, i));
            pending = null;
        }

        if (pending != null)
        {
            pairs.Add(Create(path, examples, pairs.Count, pending, null));
        }

        return pairs;
    }

    private static ExamplePair Create(string path, List<HttpExample> examples, int count, int? request, int? response)
    {
        var name = request != null ? examples[request.Value].Annotation?.Name : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            name = FileName(path) + "-" + (count + 1).ToString(CultureInfo.InvariantCulture);
        }

        return new ExamplePair(name!, request, response);
    }

    private static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        var name = slash >= 0 ? path.Substring(slash + 1) : path;
        return name.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 3) : name;
    }
}
