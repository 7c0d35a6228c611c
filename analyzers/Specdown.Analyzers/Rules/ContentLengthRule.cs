using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0003: the Content-Length header matches the body's UTF-8 length neither with LF nor with CRLF line endings
/// (each counted with and without a final line break).
/// </summary>
internal static class ContentLengthRule
{
    public static void Check(PageModel page, List<DiagnosticInfo> output)
    {
        foreach (var example in page.Examples)
        {
            var header = FindHeader(example);
            if (header is null || example.Body is null || example.IsTruncated)
            {
                continue;
            }

            if (!long.TryParse(header.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var declared))
            {
                continue;
            }

            var body = example.Body.TrimEnd('\n', '\r', ' ', '\t');
            if (body.Length == 0)
            {
                continue;
            }

            long lf = Encoding.UTF8.GetByteCount(body);
            long breaks = Count(body, '\n');
            long crlf = lf + breaks;
            if (declared == lf || declared == crlf || declared == lf + 1 || declared == crlf + 2)
            {
                continue;
            }

            output.Add(DiagnosticInfo.Create(
                RuleIds.ContentLengthMismatch,
                header.Location,
                declared.ToString(CultureInfo.InvariantCulture),
                lf.ToString(CultureInfo.InvariantCulture),
                crlf.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static HttpHeader? FindHeader(HttpExample example)
    {
        foreach (var header in example.Headers)
        {
            if (string.Equals(header.Name.Trim(), "Content-Length", System.StringComparison.OrdinalIgnoreCase))
            {
                return header;
            }
        }

        return null;
    }

    private static int Count(string text, char c)
    {
        var count = 0;
        foreach (var ch in text)
        {
            if (ch == c)
            {
                count++;
            }
        }

        return count;
    }
}
