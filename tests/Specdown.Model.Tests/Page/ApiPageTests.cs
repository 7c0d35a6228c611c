namespace Specdown.Model.Tests.Page;

/// <summary>API pages: paths, tables, response prose, annotated and unannotated examples, tabs.</summary>
public class ApiPageTests
{
    private static readonly PageModel Intune = PageTestFiles.Fixture("intune-style-api.md");
    private static readonly PageModel Tabs = PageTestFiles.Fixture("tabs-api.md");

    [Fact]
    public void Reads_path_lists_and_reports_lines_that_are_not_paths()
    {
        var operation = Intune.Operation!;
        Assert.Equal(new[] { "/deviceManagement/gizmos", "/users/{userId}/gizmos/{gizmoId}/microsoft.graph.assign" }, operation.Paths.Select(p => p.Template));
        var bad = Assert.Single(Intune.Diagnostics, d => d.Id == "SPD0107");
        Assert.Equal(27, bad.Location.StartLine);
        Assert.Equal("diagnostic:SPD0107", AccountingAssert.CategoryOf(Intune, 27));
    }

    [Fact]
    public void Reads_header_value_tables_and_required_request_bodies()
    {
        var operation = Intune.Operation!;
        Assert.Equal(new[] { "Authorization", "Accept" }, operation.RequestHeaders.Select(h => h.Name));
        Assert.Equal(TypeRefKind.None, operation.RequestHeaders[0].Type.Kind);
        Assert.Equal(new[] { true, true, false }, operation.RequestBodyProperties.Select(p => p.IsRequired));
        Assert.True(operation.RequestBodyProperties[2].IsOptional);
        Assert.Equal("gizmo", operation.RequestBodyType!.Name);
        Assert.Equal(201, operation.Response!.StatusCode);
        Assert.Equal("Created", operation.Response.ReasonPhrase);
    }

    [Fact]
    public void Recognises_unannotated_examples_by_their_place()
    {
        Assert.Equal(2, Intune.Examples.Count);
        Assert.All(Intune.Examples, e => Assert.True(e.IsRecognisedWithoutAnnotation));
        Assert.Equal("POST", Intune.Examples[0].Method);
        Assert.Equal(201, Intune.Examples[1].StatusCode);
        var pair = Assert.Single(Intune.ExamplePairs);
        Assert.Equal("intune-style-api-1", pair.Name);
        Assert.Equal((int?)0, pair.RequestIndex);
        Assert.Equal((int?)1, pair.ResponseIndex);
    }

    [Fact]
    public void Reports_code_blocks_among_examples_that_are_neither_request_nor_response()
    {
        var stray = Assert.Single(Intune.Diagnostics, d => d.Id == "SPD0106");
        Assert.Equal(Intune.CodeBlocks[Intune.CodeBlocks.Count - 1].Location, stray.Location);
    }

    [Fact]
    public void Tab_switchers_are_not_headings_and_snippet_tabs_are_not_examples()
    {
        Assert.DoesNotContain(Tabs.Headings, h => h.Text == "HTTP" || h.Text == "C#" || h.Text == "PowerShell");
        Assert.Equal("List gizmos", Tabs.Title);
        Assert.DoesNotContain(Tabs.Diagnostics, d => d.Id == "SPD0105" || d.Id == "SPD0106");
        Assert.Equal(2, Tabs.Examples.Count);
        Assert.Equal("list_gizmos", Tabs.ExamplePairs[0].Name);
        var snippet = Tabs.CodeBlocks.Single(c => c.Info == "powershell");
        Assert.Equal("code:snippet", AccountingAssert.CategoryOf(Tabs, snippet.Location.StartLine));
        var switcher = PageTestFiles.Read("Fixtures/tabs-api.md").Split('\n').ToList().FindIndex(l => l.StartsWith("# [C#]", StringComparison.Ordinal)) + 1;
        Assert.Equal("tab-switcher", AccountingAssert.CategoryOf(Tabs, switcher));
        Assert.Equal("include", AccountingAssert.CategoryOf(Tabs, switcher + 1));
    }

    [Fact]
    public void Reads_collection_return_types_and_query_parameters()
    {
        var operation = Tabs.Operation!;
        Assert.Equal(200, operation.Response!.StatusCode);
        Assert.True(operation.Response.ReturnType!.IsCollection);
        Assert.Equal("gizmo", operation.Response.ReturnType.Name);
        Assert.Equal("$top", Assert.Single(operation.QueryParameters).Name);
        Assert.Equal("Int32", operation.QueryParameters[0].Type.Name);
    }

    [Fact]
    public void Keeps_page_annotations_and_reports_orphans_and_unclosed_fences()
    {
        var annotation = Assert.Single(Tabs.PageAnnotations);
        Assert.True(annotation.IsPageAnnotation);
        var orphan = Assert.Single(Tabs.Diagnostics, d => d.Id == "SPD0111");
        Assert.Equal("diagnostic:SPD0111", AccountingAssert.CategoryOf(Tabs, orphan.Location.StartLine));
        var unclosed = Assert.Single(Tabs.Diagnostics, d => d.Id == "SPD0101");
        var last = Tabs.CodeBlocks[Tabs.CodeBlocks.Count - 1];
        Assert.False(last.IsClosed);
        Assert.Equal("{ \"never\": \"closed\"", last.Content);
        Assert.Equal(last.Location.StartLine, unclosed.Location.StartLine);
        Assert.Equal(SectionKind.SeeAlso, last.Section);
    }
}
