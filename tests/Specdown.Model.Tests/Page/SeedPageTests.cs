using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>The seed page, spec/api/chat-post-chats-ref.md, read end to end.</summary>
public class SeedPageTests
{
    private const string SeedPath = "spec/api/chat-post-chats-ref.md";

    private static readonly PageModel Seed = PageTestFiles.Parse(SeedPath);

    [Fact]
    public void Reads_kind_title_namespace_and_front_matter_with_locations()
    {
        Assert.Equal(PageKind.Api, Seed.Kind);
        Assert.Equal("apiPageType", Seed.DocType);
        Assert.Equal("Add chat", Seed.Title);
        Assert.Equal(10, Seed.TitleLocation!.Value.StartLine);
        Assert.Equal(1, Seed.TitleLocation.Value.StartColumn);
        Assert.Equal("microsoft.graph", Seed.Namespace);
        var author = Seed.FrontMatter.Single(e => e.Key == "author");
        Assert.StartsWith("**TODO: Provide Github Name.", author.Value);
        Assert.EndsWith(")**", author.Value);
        Assert.Equal(4, author.Location.StartLine);
        Assert.Equal("Add chat", Seed.GetFrontMatter("TITLE"));
        Assert.DoesNotContain(Seed.Diagnostics, d => d.Id == "SPD0104" || d.Id == "SPD0105" || d.Id == "SPD0113");
    }

    [Fact]
    public void Reads_the_ref_path()
    {
        var path = Assert.Single(Seed.Operation!.Paths);
        Assert.Equal("POST", path.Method);
        Assert.Equal("/chats/$ref", path.Template);
        Assert.Equal(PathSegmentKind.Ref, path.Segments[path.Segments.Count - 1].Kind);
        Assert.Equal(31, path.Location.StartLine);
    }

    [Fact]
    public void Reads_the_request_body_table()
    {
        var body = Seed.Operation!.RequestBodyProperties;
        Assert.Equal(new[] { "id", "topic", "createdDateTime", "lastUpdatedDateTime" }, body.Select(p => p.Name));
        Assert.Equal(new[] { "String", "String", "DateTimeOffset", "DateTimeOffset" }, body.Select(p => p.Type.Name));
        Assert.All(body, p => Assert.Equal(TypeRefKind.Primitive, p.Type.Kind));
        Assert.Equal("entity", body[0].InheritedFrom);
        Assert.All(body.Skip(1), p => Assert.Null(p.InheritedFrom));
        Assert.All(body, p => Assert.True(p.IsRequired, p.Name + " should be required (table introduced as required)"));
        Assert.Equal(47, body[0].Location.StartLine);
        var headers = Seed.Operation.RequestHeaders;
        Assert.Equal(new[] { "Authorization", "Content-Type" }, headers.Select(h => h.Name));
        Assert.All(headers, h => Assert.True(h.IsRequired));
    }

    [Fact]
    public void Reads_the_response_prose_with_the_exact_status_location()
    {
        var response = Seed.Operation!.Response!;
        Assert.Equal(204, response.StatusCode);
        Assert.Equal("No Content", response.ReasonPhrase);
        Assert.True(response.MentionsBody);
        Assert.Equal(TypeRefKind.Named, response.ReturnType!.Kind);
        Assert.Equal("chat", response.ReturnType.Name);
        Assert.False(response.ReturnType.IsCollection);
        var line = PageTestFiles.Read(SeedPath).Split('\n')[55];
        Assert.Equal(56, response.StatusLocation!.Value.StartLine);
        Assert.Equal(line.IndexOf("204 No Content", StringComparison.Ordinal) + 1, response.StatusLocation.Value.StartColumn);
        Assert.Equal("204 No Content".Length, response.StatusLocation.Value.Length);
        Assert.Equal("chat", Seed.Operation.RequestBodyType!.Name);
    }

    [Fact]
    public void Reads_the_request_example()
    {
        var request = Seed.Examples.Single(e => e.IsRequest);
        Assert.Equal("create_chat_from_chats", request.Name);
        Assert.Equal("POST", request.Method);
        Assert.Equal(67, request.FirstLineLocation.StartLine);
        Assert.Equal(1, request.FirstLineLocation.StartColumn);
        Assert.Equal("application/json", request.GetHeader("content-type"));
        Assert.Equal("116", request.GetHeader("Content-Length"));
        Assert.Equal(new[] { "Content-Type", "Content-length" }, request.Headers.Select(h => h.Name));
        var root = request.Json!.Root!;
        Assert.True(JsonPlaceholders.IsPlaceholder(root.Get("topic")!, out var topicType));
        Assert.Equal("String", topicType);
        Assert.True(JsonPlaceholders.IsPlaceholder(root.Get("lastUpdatedDateTime")!, out var timestampType));
        Assert.Equal("DateTimeOffset", timestampType);
        Assert.False(request.IsRecognisedWithoutAnnotation);
    }

    [Fact]
    public void Reads_the_response_example_without_a_blank_line_before_its_body()
    {
        var response = Seed.Examples.Single(e => e.IsResponse);
        Assert.Equal(204, response.StatusCode);
        Assert.True(response.IsTruncated);
        Assert.Equal("microsoft.graph.chat", response.Annotation!.ODataType);
        Assert.False(response.BlankLineBeforeBody);
        Assert.NotNull(response.Json?.Root);
        Assert.Equal("#microsoft.graph.chat", response.Json!.Root!.GetString("@odata.type"));
        Assert.Equal(88, response.FirstLineLocation.StartLine);
        Assert.Equal(1, response.FirstLineLocation.StartColumn);
    }

    [Fact]
    public void Pairs_the_request_with_its_response()
    {
        var pair = Assert.Single(Seed.ExamplePairs);
        Assert.Equal("create_chat_from_chats", pair.Name);
        Assert.True(Seed.Examples[pair.RequestIndex!.Value].IsRequest);
        Assert.True(Seed.Examples[pair.ResponseIndex!.Value].IsResponse);
    }

    [Fact]
    public void Accounts_for_every_line()
    {
        AccountingAssert.EveryLineAccounted(Seed, PageTestFiles.Read(SeedPath));
        Assert.Equal("front-matter", AccountingAssert.CategoryOf(Seed, 4));
        Assert.Equal("title", AccountingAssert.CategoryOf(Seed, 10));
        Assert.Equal("code:path-list", AccountingAssert.CategoryOf(Seed, 31));
        Assert.Equal("table:RequestBody", AccountingAssert.CategoryOf(Seed, 47));
        Assert.Equal("annotation", AccountingAssert.CategoryOf(Seed, 62));
        Assert.Equal("code:example:request", AccountingAssert.CategoryOf(Seed, 67));
        Assert.Equal("code:example:response", AccountingAssert.CategoryOf(Seed, 88));
    }
}
