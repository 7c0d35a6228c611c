namespace Specdown.Model.Tests.Page;

/// <summary>Page path arithmetic of the doc set (the fast path for already-normal paths must agree with the general one).</summary>
public class DocSetPathTests
{
    [Theory]
    [InlineData("api/chat-get.md", "api/chat-get.md")]
    [InlineData("/api/chat-get.md", "/api/chat-get.md")]
    [InlineData("../shared/api/chat-get.md", "../shared/api/chat-get.md")]
    [InlineData("../../a.md", "../../a.md")]
    [InlineData("/../a.md", "/../a.md")]
    [InlineData("api/../resources/chat.md", "resources/chat.md")]
    [InlineData("../x/../y.md", "../y.md")]
    [InlineData("a/./b.md", "a/b.md")]
    [InlineData("./a.md", "a.md")]
    [InlineData("a//b.md", "a/b.md")]
    [InlineData("a\\b.md", "a/b.md")]
    [InlineData("a/b/", "a/b")]
    [InlineData("a/..", "")]
    [InlineData("...md/a.md", "...md/a.md")]
    [InlineData("a/.md", "a/.md")]
    [InlineData("", "")]
    public void Normalize_resolves_dots_and_separators(string path, string expected)
    {
        Assert.Equal(expected, DocSetPaths.Normalize(path));
    }

    [Fact]
    public void Normalize_returns_a_normal_path_itself()
    {
        var path = "../shared/api/chat-get.md";
        Assert.Same(path, DocSetPaths.Normalize(path));
    }

    [Fact]
    public void A_linked_type_resolves_per_page_folder_and_per_anchor_only_link()
    {
        var type = new DocSetPathTests.Sample();
        var set = DocSet.Create(new[] { type.Page("a/resources/chat.md", "chat"), type.Page("b/resources/chat.md", "chat") });
        var link = new TypeRef(TypeRefKind.Named, "chat", "../resources/chat.md", false, false, "[chat](../resources/chat.md)", type.Location);
        // The same link from two folders names two different pages; asked twice, the memoised answer stays the same.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(ResolvedTypeKind.Type, set.Resolve(link, "a/api/x.md").Kind);
            Assert.Equal(ResolvedTypeKind.Type, set.Resolve(link, "b/api/y.md").Kind);
            Assert.Equal(ResolvedTypeKind.Unresolved, set.Resolve(link with { Name = "nothing" }, "c/api/z.md").Kind);
        }

        // An anchor-only link points into the page itself: pages of one folder do not share that answer.
        var self = link with { LinkTarget = "#chat", Name = "unknown" };
        Assert.Equal(ResolvedTypeKind.Type, set.Resolve(self, "a/resources/chat.md").Kind);
        Assert.Equal(ResolvedTypeKind.Unresolved, set.Resolve(self, "a/resources/other.md").Kind);
    }

    private sealed class Sample
    {
        public Diagnostics.LocationInfo Location { get; } = Diagnostics.LocationInfo.FileStart("x.md");

        public PageModel Page(string path, string typeName)
        {
            var type = new TypeDefinition(typeName, "microsoft.graph", "microsoft.graph." + typeName + "." + path.Replace('/', '.'), null, false, false, true, null,
                default, null, default, string.Empty, path, Location);
            return new PageModel(path, PageKind.Resource, null, null, null, null, default, default, default, default, default, default, default, default, default, null,
                new Collections.EquatableArray<TypeDefinition>(new[] { type }), default, default, default);
        }
    }
}
