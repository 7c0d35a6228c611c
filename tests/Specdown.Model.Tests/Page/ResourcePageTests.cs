namespace Specdown.Model.Tests.Page;

/// <summary>Resource pages: the type, its properties and facts, inline enums, the representation.</summary>
public class ResourcePageTests
{
    private static readonly PageModel Widget = PageTestFiles.Fixture("resource-widget.md");

    [Fact]
    public void Takes_identity_from_the_annotation_and_base_from_the_prose()
    {
        Assert.Equal(PageKind.Resource, Widget.Kind);
        Assert.Equal("microsoft.graph.gadgets", Widget.Namespace);
        var type = Assert.Single(Widget.Types);
        Assert.Equal("widget", type.Name);
        Assert.Equal("microsoft.graph.gadgets", type.Namespace);
        Assert.Equal("microsoft.graph.gadgets.widget", type.FullName);
        Assert.Equal("microsoft.graph.gadgets.gadgetBase", type.BaseType);
        Assert.True(type.IsOpenType);
        Assert.Equal(new[] { "parts" }, type.OptionalProperties);
        Assert.Equal("A widget is a small thing. Inherits from gadgetBase.", type.Description);
        Assert.Equal("Fixtures/resource-widget.md", type.SourcePath);
        Assert.Equal(JsonKind.Object, type.Representation!.Kind);
        Assert.Equal("String (identifier)", type.Representation.GetString("id"));
    }

    [Fact]
    public void Reads_properties_and_relationships_with_their_facts()
    {
        var properties = Widget.Types[0].Properties;
        Assert.Equal(new[] { "id", "size", "formula", "oldName", "parts", "short", "extra", "owner" }, properties.Select(p => p.Name));
        var id = properties[0];
        Assert.True(id.IsReadOnly);
        Assert.Equal("gadgetBase", id.InheritedFrom);
        var size = properties[1];
        Assert.False(size.IsNullable);
        Assert.Equal(TypeRefKind.Named, size.Type.Kind);
        Assert.Equal("#widgetsize-values", size.Type.LinkTarget);
        Assert.True(properties[2].IsNullable);
        Assert.True(properties[3].IsDeprecated);
        Assert.True(properties[4].Type.IsCollection);
        Assert.True(properties[4].IsOptional);
        var owner = properties[7];
        Assert.True(owner.IsRelationship);
        Assert.True(owner.IsNullable);
        Assert.All(properties.Take(7), p => Assert.False(p.IsRelationship));
    }

    [Fact]
    public void Reads_values_sections_as_enums()
    {
        var size = Assert.Single(Widget.Enums);
        Assert.Equal("widgetSize", size.Name);
        Assert.Equal("microsoft.graph.gadgets.widgetSize", size.FullName);
        Assert.Equal(new[] { "small", "large", "unknownFutureValue" }, size.Members.Select(m => m.Name));
        Assert.Equal(new long?[] { 0, 1, 2 }, size.Members.Select(m => m.Value));
        Assert.False(size.IsFlags);
    }

    [Fact]
    public void Reads_enum_pages()
    {
        var page = PageTestFiles.Fixture("enum-flavor.md");
        Assert.Equal(PageKind.Enum, page.Kind);
        var flavor = Assert.Single(page.Enums);
        Assert.Equal("flavor", flavor.Name);
        Assert.Equal("microsoft.graph.flavor", flavor.FullName);
        Assert.True(flavor.IsFlags);
        Assert.Equal(new[] { "none", "vanilla", "chocolate", "JIS B4" }, flavor.Members.Select(m => m.Name));
        Assert.Equal(new long?[] { 0, 1, 2, null }, flavor.Members.Select(m => m.Value));
        Assert.Empty(page.Types);
    }

    [Fact]
    public void Takes_identity_from_the_title_without_an_annotation()
    {
        var page = Specdown.Model.Parsing.PageParser.Parse(
            "r/thing.md",
            "---\ndoc_type: resourcePageType_\n---\n# thing resource type\n\nNamespace: microsoft.graph.callRecords\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|name|String|The name. Key.|\n");
        Assert.Equal(PageKind.Resource, page.Kind);
        var type = Assert.Single(page.Types);
        Assert.Equal("microsoft.graph.callRecords.thing", type.FullName);
        Assert.Equal("name", type.KeyProperty);
        Assert.True(type.Properties[0].IsKey);
        Assert.True(type.IsEntity);
    }

    [Fact]
    public void Accounts_for_every_line_of_the_fixtures()
    {
        foreach (var name in new[] { "resource-widget.md", "enum-flavor.md", "intune-style-api.md", "tabs-api.md" })
        {
            AccountingAssert.EveryLineAccounted(PageTestFiles.Fixture(name), PageTestFiles.Read("Fixtures/" + name));
        }
    }
}
