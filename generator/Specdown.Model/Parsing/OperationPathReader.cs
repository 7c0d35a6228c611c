using Specdown.Model.Diagnostics;
using MarkdigCodeBlock = Markdig.Syntax.CodeBlock;

namespace Specdown.Model.Parsing;

/// <summary>Reads the lines of a <c>## HTTP request</c> code block as path templates (SPD0107 for lines that are not).</summary>
internal static class OperationPathReader
{
    public static void Read(PageContext context, MarkdigCodeBlock block)
    {
        var map = context.Map;
        var lines = new CodeLines(block, map);
        var text = map.Text;
        for (var i = 0; i < lines.Count; i++)
        {
            var start = lines.Start(i);
            var end = lines.End(i);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start >= end)
            {
                continue;
            }

            var line = text.Substring(start, end - start);
            var location = map.GetLocation(start, end - start);
            var path = PathTemplateParser.Parse(line, location);
            if (path != null)
            {
                context.Paths.Add(path);
                continue;
            }

            context.Report(RuleIds.UnparsedHttpPath, location, line);
            context.Ledger.Override(location.StartLine, "diagnostic:" + RuleIds.UnparsedHttpPath);
        }
    }
}
