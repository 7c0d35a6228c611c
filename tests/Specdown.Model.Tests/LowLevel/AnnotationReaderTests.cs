using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

public class AnnotationReaderTests
{
    private static (Annotation? Annotation, List<DiagnosticInfo> Diagnostics) Read(string page)
    {
        var start = page.IndexOf("<!--", StringComparison.Ordinal);
        var end = page.IndexOf("-->", start, StringComparison.Ordinal) + 3;
        var diagnostics = new List<DiagnosticInfo>();
        var annotation = AnnotationReader.Read(new LineMap("a.md", page), start, end - start, diagnostics);
        return (annotation, diagnostics);
    }

    [Fact]
    public void RequestAnnotation_FillsTypedFieldsEntriesAndLocation()
    {
        var page = "### Request\n<!-- {\n  \"blockType\": \"request\",\n  \"name\": \"create_chat\"\n}\n-->\n```http\n";

        var (annotation, diagnostics) = Read(page);

        Assert.Empty(diagnostics);
        Assert.NotNull(annotation);
        Assert.Equal("request", annotation!.BlockType);
        Assert.True(annotation.IsRequest);
        Assert.Equal("create_chat", annotation.Name);
        Assert.True(annotation.IsStrictJson);
        Assert.False(annotation.IsPageAnnotation);
        Assert.Equal((2, 1, 6, 4), (annotation.Location.StartLine, annotation.Location.StartColumn, annotation.Location.EndLine, annotation.Location.EndColumn));
        Assert.Equal(new[] { "blockType=\"request\"", "name=\"create_chat\"" }, annotation.Entries.Select(e => e.Key + "=" + e.ValueJson));
        Assert.Equal((4, 3), (annotation.Entries[1].Location.StartLine, annotation.Entries[1].Location.StartColumn));
    }

    [Fact]
    public void ResponseAnnotation_ReadsAllApiDoctorFields()
    {
        var page = "<!-- { \"blockType\": \"Response\", \"truncated\": \"true\", \"@odata.type\": \"microsoft.graph.chat\", "
            + "\"isCollection\": false, \"optionalProperties\": [\"a\", \"b\"], \"keyProperty\": \"id\", \"baseType\": \"microsoft.graph.entity\", "
            + "\"openType\": true, \"scopes\": \"Chat.Read\", \"sampleKeys\": [\"x\"] } -->";

        var (annotation, diagnostics) = Read(page);

        Assert.Empty(diagnostics);
        Assert.Equal("response", annotation!.BlockType);
        Assert.True(annotation.Truncated);
        Assert.Equal("microsoft.graph.chat", annotation.ODataType);
        Assert.False(annotation.IsCollection);
        Assert.Equal(new[] { "a", "b" }, annotation.OptionalProperties);
        Assert.Equal("id", annotation.KeyProperty);
        Assert.Equal("microsoft.graph.entity", annotation.BaseType);
        Assert.True(annotation.OpenType);
        Assert.Equal("[\"a\",\"b\"]", annotation.Entries.Single(e => e.Key == "optionalProperties").ValueJson);
        Assert.Equal("true", annotation.Entries.Single(e => e.Key == "openType").ValueJson);
    }

    [Theory]
    [InlineData("<!-- {\"blockType\": \"resource\", \"@type\": \"microsoft.graph.user\"} -->", "microsoft.graph.user", null)]
    [InlineData("<!-- {\"blockType\": \"response\", \"@odata.type\": \"Collection(microsoft.graph.user)\"} -->", "microsoft.graph.user", true)]
    [InlineData("<!-- {\"blockType\": \"response\", \"@odata.type\": \"Collection(microsoft.graph.user)\", \"isCollection\": false} -->", "microsoft.graph.user", false)]
    public void ODataType_LegacyAndCollectionForms(string page, string type, bool? isCollection)
    {
        var (annotation, _) = Read(page);

        Assert.Equal(type, annotation!.ODataType);
        Assert.Equal(isCollection, annotation.IsCollection);
    }

    [Fact]
    public void NullValues_AreAbsentWithoutDiagnostics()
    {
        var (annotation, diagnostics) = Read("<!-- { \"blockType\": \"resource\", \"baseType\": null, \"truncated\": null, \"optionalProperties\": null } -->");

        Assert.Empty(diagnostics);
        Assert.Null(annotation!.BaseType);
        Assert.Null(annotation.Truncated);
        Assert.Empty(annotation.OptionalProperties);
        Assert.Equal("null", annotation.Entries.Single(e => e.Key == "baseType").ValueJson);
    }

    [Fact]
    public void PageAnnotation_IsRecognised()
    {
        var page = "<!--\n{\n  \"type\": \"#page.annotation\",\n  \"description\": \"Add chat\",\n  \"keywords\": \"\",\n  \"section\": \"documentation\",\n  \"tocPath\": \"\",\n  \"suppressions\": []\n}\n-->";

        var (annotation, diagnostics) = Read(page);

        Assert.Empty(diagnostics);
        Assert.True(annotation!.IsPageAnnotation);
        Assert.Null(annotation.BlockType);
        Assert.Equal(6, annotation.Entries.Count);
    }

    [Theory]
    [InlineData("<!-- plain comment -->")]
    [InlineData("<!-- TODO: fix {id} -->")]
    [InlineData("<!---->")]
    [InlineData("<!-- -->")]
    public void PlainComment_IsNull(string page)
    {
        var (annotation, diagnostics) = Read(page);

        Assert.Null(annotation);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("<!-- {\n  \"blockType\": \"request\",\n  \"name\": \"x\",\n} -->", "annotation is not strict JSON (trailing comma); read tolerantly", 3, 14)]
    [InlineData("<!-- {\n  blockType: \"request\"\n} -->", "annotation is not strict JSON (unquoted key); read tolerantly", 2, 3)]
    [InlineData("<!-- {\n  \"blockType\": \"request\"\n  \"name\": \"x\"\n} -->", "annotation is not strict JSON (missing comma); read tolerantly", 2, 25)]
    [InlineData("<!-- { \"blockType\": \"requets\" } -->", "unknown blockType 'requets'", 1, 21)]
    [InlineData("<!-- { \"blockType\": \"request\", \"nmae\": \"x\" } -->", "unknown key 'nmae'", 1, 32)]
    [InlineData("<!-- { \"blockType\": \"request\", \"Name\": \"x\" } -->", "key 'Name' should be written 'name'", 1, 32)]
    [InlineData("<!-- { \"blockType\": \"response\", \"truncated\": 1 } -->", "'truncated' should be true or false", 1, 46)]
    [InlineData("<!-- { \"blockType\": 5 } -->", "'blockType' should be a string", 1, 21)]
    [InlineData("<!-- { \"blockType\": \"resource\", \"optionalProperties\": \"a\" } -->", "'optionalProperties' should be an array of strings", 1, 55)]
    [InlineData("<!-- { \"blockType\": \"request\", \"blockType\": \"response\" } -->", "duplicate key 'blockType'; the first one is used", 1, 32)]
    public void Problems_AreReportedOnTheOffendingPart(string page, string message, int line, int column)
    {
        var (annotation, diagnostics) = Read(page);

        Assert.NotNull(annotation);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(RuleIds.InvalidAnnotation, diagnostic.Id);
        Assert.Equal("Annotation problem: " + message, diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void ManyRecoveries_AreReportedTenAndCounted()
    {
        var page = "<!-- { " + string.Concat(Enumerable.Range(0, 15).Select(i => "k" + i + ": 1, ")) + "} -->";

        var (_, diagnostics) = Read(page);

        var recoveries = diagnostics.Where(d => d.Message.Contains("not strict JSON")).ToList();
        Assert.Equal(11, recoveries.Count);
        Assert.Equal("Annotation problem: annotation is not strict JSON (6 more departures); read tolerantly", recoveries[10].Message);
    }

    [Fact]
    public void TolerantAnnotation_StillFillsFields()
    {
        var (annotation, _) = Read("<!-- {\n  blockType: 'request',\n  \"name\": \"get_user\",\n} -->");

        Assert.False(annotation!.IsStrictJson);
        Assert.Equal("request", annotation.BlockType);
        Assert.Equal("get_user", annotation.Name);
    }

    [Theory]
    [InlineData("<!-- { -->")]
    [InlineData("<!-- {{{{{{ -->")]
    [InlineData("<!-- { \"blockType\": [ -->")]
    [InlineData("<!-- { \"a\": \"\\uD800\" } -->")]
    [InlineData("<!-- { \"name\": [] } -->")]
    [InlineData("<!-- { ... } -->")]
    public void BrokenAnnotation_NeverThrows(string page)
    {
        var (annotation, diagnostics) = Read(page);

        Assert.NotNull(annotation);
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public void SpanWithoutCommentMarkers_IsReadToo()
    {
        var text = "{ \"blockType\": \"ignored\" }";
        var annotation = AnnotationReader.Read(new LineMap("a.md", text), 0, text.Length, new List<DiagnosticInfo>());

        Assert.True(annotation!.IsIgnored);
    }

    [Fact]
    public void KeyVocabulary_FitsTheSixtyFourBitSetOfSeenKeys()
    {
        Assert.InRange(AnnotationKeys.Count, 1, 64);
    }

    [Fact]
    public void DuplicateKeys_SpelledDifferently_AreReportedOnceEach_AndTheLastKeyOfTheVocabularyIsTrackedToo()
    {
        var (annotation, diagnostics) = Read(
            "<!-- { \"blockType\": \"request\", \"BlockType\": \"response\", \"suppressions\": [], \"suppressions\": [], \"name\": \"a\" } -->");

        Assert.Equal("request", annotation!.BlockType);
        Assert.Equal("a", annotation.Name);
        Assert.Equal(5, annotation.Entries.Count);
        Assert.Contains(diagnostics, d => d.Message.Contains("duplicate key 'BlockType'", StringComparison.Ordinal));
        Assert.Single(diagnostics, d => d.Message.Contains("duplicate key 'suppressions'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("duplicate key 'name'", StringComparison.Ordinal));
    }
}
