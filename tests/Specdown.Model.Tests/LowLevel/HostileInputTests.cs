using System.Diagnostics;
using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

/// <summary>Large hostile inputs: every low-level parser stays linear (a quadratic one would take minutes here).</summary>
public class HostileInputTests
{
    private const int Size = 200_000;

    private static readonly LocationInfo Where = LocationInfo.FileStart("h.md");

    public static TheoryData<string> Texts => new()
    {
        new string('[', Size),
        new string('<', Size),
        new string('&', Size),
        new string('{', Size),
        new string('(', Size),
        string.Concat(Enumerable.Repeat("[a](", Size / 4)),
        string.Concat(Enumerable.Repeat("\"\\u", Size / 3)),
        string.Concat(Enumerable.Repeat("/*", Size / 2)),
        string.Concat(Enumerable.Repeat("...", Size / 3)),
        string.Concat(Enumerable.Repeat("a:", Size / 2)),
        string.Concat(Enumerable.Repeat("]}", Size / 2)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void AllParsers_StayLinear(string text)
    {
        var watch = Stopwatch.StartNew();
        var map = new LineMap("h.md", text);

        TolerantJsonReader.Read(map, 0, text.Length);
        AnnotationReader.Read(new LineMap("h.md", "<!-- {" + text + " -->"), 0, text.Length + 10, new List<DiagnosticInfo>());
        TypeCellParser.Parse(text, EquatableArray<LinkRef>.Empty, Where);
        PathTemplateParser.Parse("GET /" + text, Where);
        var block = new CodeBlock(0, "http", "HTTP/1.1 200 OK\n\n" + text + "\n", null, default, "", true, Where, Where);
        HttpMessageParser.Parse(new LineMap("h.md", "```\nHTTP/1.1 200 OK\n\n" + text + "\n```"), block, null, new List<DiagnosticInfo>());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
