using System.Text;
using Specdown.Model;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

public class TolerantJsonReaderTests
{
    private static JsonDocumentInfo Read(string text) => TolerantJsonReader.Read(new LineMap("doc.md", text), 0, text.Length);

    private static string Kinds(JsonDocumentInfo doc) => string.Join(",", doc.Recoveries.Select(r => r.Kind));

    [Fact]
    public void StrictObject_IsReadWithValuesAndLocations()
    {
        var doc = Read("{\n  \"id\": \"x1\",\n  \"n\": -1.5e3,\n  \"ok\": true,\n  \"no\": false,\n  \"nil\": null,\n  \"arr\": [1, {\"a\": 2}]\n}");

        Assert.True(doc.IsStrict);
        Assert.Empty(doc.Recoveries);
        var root = doc.Root!;
        Assert.Equal(JsonKind.Object, root.Kind);
        Assert.Equal(new[] { "id", "n", "ok", "no", "nil", "arr" }, root.Members.Select(m => m.Name));
        Assert.Equal("x1", root.GetString("id"));
        Assert.Equal((JsonKind.Number, "-1.5e3"), (root.Get("n")!.Kind, root.Get("n")!.Text));
        Assert.Equal(JsonKind.True, root.Get("ok")!.Kind);
        Assert.Equal(JsonKind.False, root.Get("no")!.Kind);
        Assert.Equal(JsonKind.Null, root.Get("nil")!.Kind);
        var arr = root.Get("arr")!;
        Assert.Equal(2, arr.Items.Count);
        Assert.Equal("2", arr.Items[1].Get("a")!.Text);

        var idMember = root.Members[0];
        Assert.Equal((2, 3, 2, 7), (idMember.NameLocation.StartLine, idMember.NameLocation.StartColumn, idMember.NameLocation.EndLine, idMember.NameLocation.EndColumn));
        Assert.Equal((2, 9), (idMember.Value.Location.StartLine, idMember.Value.Location.StartColumn));
        Assert.Equal(4, idMember.Value.Location.Length);
        Assert.Equal((1, 1, 8, 2), (root.Location.StartLine, root.Location.StartColumn, root.Location.EndLine, root.Location.EndColumn));
        Assert.Equal((7, 14), (arr.Items[1].Location.StartLine, arr.Items[1].Location.StartColumn));
    }

    [Fact]
    public void SliceOfPage_UsesAbsoluteOffsetsAndCrLf()
    {
        var page = "# Title\r\n\r\n```json\r\n{\r\n  \"a\": [1,\r\n   2]\r\n}\r\n```\r\n";
        var start = page.IndexOf('{');
        var end = page.IndexOf('}') + 1;

        var doc = TolerantJsonReader.Read(new LineMap("p.md", page), start, end - start);

        Assert.True(doc.IsStrict);
        Assert.Equal((4, 1), (doc.Root!.Location.StartLine, doc.Root.Location.StartColumn));
        Assert.Equal(start, doc.Root.Location.Start);
        Assert.Equal(end - start, doc.Root.Location.Length);
        var two = doc.Root.Get("a")!.Items[1];
        Assert.Equal((6, 4), (two.Location.StartLine, two.Location.StartColumn));
        Assert.Equal("p.md", two.Location.FilePath);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", "trailing-comma", 1, 8)]
    [InlineData("[1, 2, ]", "trailing-comma", 1, 6)]
    [InlineData("{a: 1}", "unquoted-key", 1, 2)]
    [InlineData("{\"@odata.type\": 1, odata.etag: 2}", "unquoted-key", 1, 20)]
    [InlineData("{\"a\": 1\n \"b\": 2}", "missing-comma", 1, 8)]
    [InlineData("[1 2]", "missing-comma", 1, 3)]
    [InlineData("{\"a\": 1 // note\n}", "comment", 1, 9)]
    [InlineData("{\n/* c */ \"a\": 1}", "comment", 2, 1)]
    [InlineData("{'a': 1}", "single-quotes", 1, 2)]
    [InlineData("{\"url\": \u201C/a?b=c\u201D}", "curly-quotes", 1, 9)]
    [InlineData("{\"a\": \"abc\n}", "unterminated-string", 1, 7)]
    [InlineData("{\"a\": 1, % }", "unexpected-character", 1, 10)]
    [InlineData("{\"a\": 1", "truncated", 1, 8)]
    [InlineData("[1, 2", "truncated", 1, 6)]
    [InlineData("{\"a\": 1}\n{\"b\": 2}", "trailing-content", 2, 1)]
    [InlineData("{\"a\": \"\\q\"}", "invalid-escape", 1, 8)]
    [InlineData("{\"a\": \"\\uD800\"}", "lone-surrogate", 1, 8)]
    [InlineData("{\"a\": 01}", "invalid-number", 1, 7)]
    [InlineData("{\"a\": String}", "unquoted-value", 1, 7)]
    [InlineData("{\"a\" 1}", "missing-colon", 1, 6)]
    [InlineData("{\"a\": }", "missing-value", 1, 7)]
    [InlineData("[{\"a\": 1]", "mismatched-bracket", 1, 9)]
    [InlineData("{\"a\": \"x\ty\"}", "control-character", 1, 9)]
    public void Recovery_IsRecordedWithLocation(string json, string kind, int line, int column)
    {
        var doc = Read(json);

        Assert.False(doc.IsStrict);
        Assert.NotNull(doc.Root);
        var recovery = Assert.Single(doc.Recoveries, r => r.Kind == kind);
        Assert.Equal((line, column), (recovery.Location.StartLine, recovery.Location.StartColumn));
        Assert.False(string.IsNullOrEmpty(recovery.Detail));
    }

    [Theory]
    [InlineData("{ %%%% \"a\": 1}", 3, 4)]
    [InlineData("{\"a\":: 1}", 6, 1)]
    [InlineData("{ (((( }", 3, 4)]
    public void UnexpectedRun_IsOneRecovery(string json, int column, int length)
    {
        var doc = Read(json);

        var recovery = Assert.Single(doc.Recoveries);
        Assert.Equal("unexpected-character", recovery.Kind);
        Assert.Equal((column, length), (recovery.Location.StartColumn, recovery.Location.Length));
    }

    [Theory]
    [InlineData("{\"a\": 1,}", "a=1")]
    [InlineData("{a: 1, b: 'x'}", "a=1;b=x")]
    [InlineData("{\u201Ca\u201D: \u201Cx, y\u201D, \"b\": 2}", "a=x, y;b=2")]
    [InlineData("{\"a\": 1\n \"b\": 2}", "a=1;b=2")]
    [InlineData("{\"a\": 1 // c\n , \"b\": [1, 2,]}", "a=1;b=[2]")]
    [InlineData("{\"a\": \"abc\n, \"b\": 2}", "a=abc;b=2")]
    [InlineData("{\"a\": 1, \"a\": 2}", "a=1;a=2")]
    [InlineData("{\"a\": {\"b\": 1", "a={1}")]
    public void Recovery_KeepsTheReadableContent(string json, string expected)
    {
        var root = Read(json).Root!;

        Assert.Equal(expected, string.Join(";", root.Members.Select(m => m.Name + "=" + Describe(m.Value))));
    }

    [Theory]
    [InlineData("{\n  \"a\": 1,\n  ...\n}", "...")]
    [InlineData("{\n  \"a\": 1,\n  \u2026\n}", "\u2026")]
    [InlineData("{\"value\": [ {\"a\": 1}, ... ]}", "...")]
    [InlineData("[...]", "...")]
    public void Ellipsis_BecomesAnEllipsisNode(string json, string text)
    {
        var doc = Read(json);

        var recovery = Assert.Single(doc.Recoveries);
        Assert.Equal("ellipsis", recovery.Kind);
        Assert.True(recovery.Recovered);
        var node = Flatten(doc.Root!).Single(n => n.Kind == JsonKind.Ellipsis);
        Assert.Equal(text, node.Text);
        Assert.Equal(recovery.Location, node.Location);
    }

    [Fact]
    public void EllipsisMember_WithoutCommas_IsNotAMissingComma()
    {
        var doc = Read("{\n  \"a\": 1,\n  ...\n  \"b\": 2\n}");

        Assert.Equal("ellipsis", Kinds(doc));
        Assert.Equal(new[] { "a", "...", "b" }, doc.Root!.Members.Select(m => m.Name));
    }

    [Theory]
    [InlineData("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "a\"b\\c/d\b\f\n\r\t")]
    [InlineData("\"\\u00e9\\u4e2D\"", "\u00e9\u4e2d")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\"", "")]
    public void Strings_DecodeEscapes(string json, string expected)
    {
        var doc = Read(json);

        Assert.True(doc.IsStrict);
        Assert.Equal(JsonKind.String, doc.Root!.Kind);
        Assert.Equal(expected, doc.Root.Text);
    }

    [Theory]
    [InlineData("\"\\uD800\"", "\uFFFD", "lone-surrogate")]
    [InlineData("\"\\uDC00x\"", "\uFFFDx", "lone-surrogate")]
    [InlineData("\"\\u12\"", "\\u12", "invalid-escape")]
    [InlineData("\"a\\x\"", "ax", "invalid-escape")]
    public void BadEscapes_AreRecovered(string json, string expected, string kind)
    {
        var doc = Read(json);

        Assert.Equal(expected, doc.Root!.Text);
        Assert.Equal(kind, Kinds(doc));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void EmptyText_HasNoRoot(string text)
    {
        var doc = Read(text);

        Assert.Null(doc.Root);
        Assert.False(doc.IsStrict);
    }

    [Fact]
    public void DepthLimit_KeepsDeepSubtreeAsInvalidText()
    {
        var depth = TolerantJsonReader.MaxDepth + 5;
        var json = new string('[', depth) + new string(']', depth);

        var doc = Read(json);

        var recovery = Assert.Single(doc.Recoveries);
        Assert.Equal("depth-limit", recovery.Kind);
        Assert.False(recovery.Recovered);
        var node = doc.Root!;
        for (var level = 1; level < TolerantJsonReader.MaxDepth; level++)
        {
            node = Assert.Single(node.Items);
        }

        Assert.Equal(JsonKind.Array, node.Kind);
        var invalid = Assert.Single(node.Items);
        Assert.Equal(JsonKind.Invalid, invalid.Kind);
        Assert.Equal(new string('[', 5) + new string(']', 5), invalid.Text);
        Assert.Equal(TolerantJsonReader.MaxDepth + 1, invalid.Location.StartColumn);
    }

    [Fact]
    public void DepthAtLimit_IsStrict()
    {
        var depth = TolerantJsonReader.MaxDepth;
        var json = new string('[', depth) + new string(']', depth);

        Assert.True(Read(json).IsStrict);
    }

    [Fact]
    public void TenThousandNestedBrackets_DoNotOverflow()
    {
        var json = new string('[', 10_000) + string.Concat(Enumerable.Repeat("{\"a\":", 10_000));

        var doc = Read(json);

        Assert.Contains(doc.Recoveries, r => r.Kind == "depth-limit");
        Assert.Contains(doc.Recoveries, r => r.Kind == "truncated");
        Assert.True(doc.Recoveries.Count <= TolerantJsonReader.MaxDepth + 2);
    }

    [Fact]
    public void LargeInput_IsReadInOnePass()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < 50_000; i++)
        {
            builder.Append("{\"id\": \"").Append(i).Append("\", \"v\": [1, 2.5, true, null]},\n");
        }

        builder.Append(']');
        var doc = Read(builder.ToString());

        Assert.Equal(50_000, doc.Root!.Items.Count);
        Assert.Equal("trailing-comma", Kinds(doc));
    }

    [Theory]
    [InlineData("{{{{")]
    [InlineData("]]]]}}}}")]
    [InlineData("{\"a\": [}, ]]")]
    [InlineData("\"\\")]
    [InlineData("\"\\u")]
    [InlineData("\"\\uD8")]
    [InlineData("{\"\\uD800\": \"\uDC00\"}")]
    [InlineData("/*")]
    [InlineData("/")]
    [InlineData("{:::}")]
    [InlineData("[,,,]")]
    [InlineData("\0\0\0")]
    [InlineData("\uFEFF{\"a\":1}")]
    [InlineData("{\"a\u00a0\": 1, \u00a0 }")]
    [InlineData("[Zip file containing the report]")]
    [InlineData("-")]
    [InlineData("'")]
    public void Garbage_NeverThrows(string text)
    {
        var doc = Read(text);

        Assert.NotNull(doc);
        foreach (var node in doc.Root is null ? Array.Empty<JsonNode>() : Flatten(doc.Root))
        {
            Assert.InRange(node.Location.Start + node.Location.Length, 0, text.Length);
        }
    }

    [Fact]
    public void RandomInput_NeverThrows()
    {
        var random = new Random(12345);
        const string alphabet = "{}[]\",:'\\/*.\u2026 \n\tabtrue0-9e\uD800\uDC00#";
        for (var round = 0; round < 2_000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var doc = Read(text);
            Assert.Equal(doc.Recoveries.Count == 0, doc.IsStrict);
        }
    }

    [Fact]
    public void Locations_AgreeWithTheLineMap()
    {
        var random = new Random(99);
        string[] pieces = { "{", "}", "[", "]", "\"a\"", ": ", ", ", "1", "\r\n", "\n", "\r", "  ", "true", "'x'", "// c\n", "...", "b", "\"\\u00e9\"" };
        for (var round = 0; round < 500; round++)
        {
            var text = "prefix\r\n" + string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var map = new LineMap("p.md", text);
            var doc = TolerantJsonReader.Read(map, 8, text.Length - 8);
            var locations = doc.Recoveries.Select(r => r.Location).ToList();
            if (doc.Root is not null)
            {
                foreach (var node in Flatten(doc.Root))
                {
                    locations.Add(node.Location);
                    locations.AddRange(node.Members.Select(m => m.NameLocation));
                }
            }

            foreach (var location in locations)
            {
                Assert.Equal(map.GetLocation(location.Start, location.Length), location);
            }
        }
    }

    [Fact]
    public void Readings_OneAfterAnother_KeepTheirOwnMembersAndItems()
    {
        var big = "[" + string.Join(",", Enumerable.Range(0, 5000).Select(i => "{\"k" + i + "\": [" + i + "]}")) + "]";
        var first = Read(big);
        var second = Read("{\"a\": [1, 2], \"b\": {\"c\": true}}");
        var third = Read("[{\"x\": 1}, [], {}]");

        Assert.Equal(5000, first.Root!.Items.Count);
        Assert.Equal("k4999", first.Root.Items[4999].Members[0].Name);
        Assert.Equal("4999", first.Root.Items[4999].Members[0].Value.Items[0].Text);
        Assert.Equal(new[] { "a", "b" }, second.Root!.Members.Select(m => m.Name));
        Assert.Equal(new[] { "1", "2" }, second.Root.Members[0].Value.Items.Select(i => i.Text));
        Assert.Equal("c", Assert.Single(second.Root.Members[1].Value.Members).Name);
        Assert.Equal(3, third.Root!.Items.Count);
        Assert.Equal("x", Assert.Single(third.Root.Items[0].Members).Name);
        Assert.True(third.Root.Items[1].Items.IsEmpty);
        Assert.True(third.Root.Items[2].Members.IsEmpty);
    }

    private static IEnumerable<JsonNode> Flatten(JsonNode node)
    {
        yield return node;
        foreach (var child in node.Members.Select(m => m.Value).Concat(node.Items))
        {
            foreach (var descendant in Flatten(child))
            {
                yield return descendant;
            }
        }
    }

    private static string Describe(JsonNode node) => node.Kind switch
    {
        JsonKind.Object => "{" + string.Join(",", node.Members.Select(m => Describe(m.Value))) + "}",
        JsonKind.Array => "[" + node.Items.Count + "]",
        _ => node.Text,
    };
}
