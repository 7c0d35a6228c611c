using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>The doc set over spec/ and over small hand-written pages.</summary>
public class DocSetTests
{
    private static readonly DocSet Spec = DocSet.Create(PageTestFiles.SpecPages().Select(PageTestFiles.Parse));

    [Fact]
    public void Chat_resolves_its_base_entity_and_inherits_id()
    {
        var chat = Spec.FindType("microsoft.graph.chat")!;
        Assert.Same(chat, Spec.FindType("Chat"));
        Assert.Equal("microsoft.graph.entity", chat.BaseType);
        var entity = Assert.Single(Spec.GetBaseTypes(chat));
        Assert.Equal("microsoft.graph.entity", entity.FullName);
        Assert.Equal("id", entity.KeyProperty);
        Assert.True(entity.IsAbstract);
        Assert.Contains(chat, Spec.GetDerivedTypes(entity));
        var all = Spec.GetAllProperties(chat);
        Assert.Equal(new[] { "id", "topic", "createdDateTime", "lastUpdatedDateTime" }, all.Select(p => p.Name));
        Assert.Equal("entity", chat.Properties.Single(p => p.Name == "id").InheritedFrom);
        Assert.Equal(new[] { false, true, true }, chat.Properties.Skip(1).Select(p => p.IsReadOnly));
        Assert.Equal(new[] { "topic" }, chat.OptionalProperties);
    }

    [Fact]
    public void Resolves_the_seed_request_body_through_its_link()
    {
        var seed = Spec.FindPage("spec/api/chat-post-chats-ref.md")!;
        var resolved = Spec.Resolve(seed.Operation!.RequestBodyType!, seed.Path);
        Assert.Equal(new ResolvedType(ResolvedTypeKind.Type, "microsoft.graph.chat", false), resolved);
        var id = seed.Operation.RequestBodyProperties[0];
        Assert.Equal(new ResolvedType(ResolvedTypeKind.Primitive, "String", false), Spec.Resolve(id.Type, seed.Path));
        Assert.Same(seed, Spec.FindPage("spec\\api\\chat-post-chats-ref.md"));
    }

    [Fact]
    public void Merges_types_across_pages_and_reports_conflicts()
    {
        var a = PageParser.Parse("r/a.md", Resource("thing", "|name|String|The name.|\n|size|Int32|The size.|"));
        var b = PageParser.Parse("r/b.md", Resource("thing", "|name|String|Again.|\n|size|String|Conflict.|\n|extra|Boolean|More.|"));
        var set = DocSet.Create(new[] { b, a });
        var thing = Assert.Single(set.Types);
        Assert.Equal(new[] { "name", "size", "extra" }, thing.Properties.Select(p => p.Name));
        Assert.Equal("Int32", thing.Properties[1].Type.Name);
        Assert.Equal("r/a.md", thing.SourcePath);
        var conflict = Assert.Single(set.Diagnostics);
        Assert.Equal("SPD0112", conflict.Id);
        Assert.Equal("r/b.md", conflict.Location.FilePath);
        Assert.Equal(new[] { "r/a.md", "r/b.md" }, set.Pages.Select(p => p.Path));
    }

    [Fact]
    public void Resolves_enum_anchors_names_and_unknowns()
    {
        var widget = PageTestFiles.Fixture("resource-widget.md");
        var flavor = PageTestFiles.Fixture("enum-flavor.md");
        var set = DocSet.Create(new[] { widget, flavor });
        var size = widget.Types[0].Properties.Single(p => p.Name == "size");
        Assert.Equal(new ResolvedType(ResolvedTypeKind.Enum, "microsoft.graph.gadgets.widgetSize", false), set.Resolve(size.Type, widget.Path));
        var byName = new TypeRef(TypeRefKind.Named, "flavor", null, true, false, "flavor collection", size.Type.Location);
        Assert.Equal(new ResolvedType(ResolvedTypeKind.Enum, "microsoft.graph.flavor", true), set.Resolve(byName, widget.Path));
        var owner = widget.Types[0].Properties.Single(p => p.Name == "owner");
        Assert.Equal(new ResolvedType(ResolvedTypeKind.Unresolved, "user", false), set.Resolve(owner.Type, widget.Path));
        var free = new TypeRef(TypeRefKind.Unclassified, "a or b", null, false, false, "a or b", size.Type.Location);
        Assert.Equal(ResolvedTypeKind.Unclassified, set.Resolve(free, widget.Path).Kind);
        Assert.Empty(set.GetBaseTypes(widget.Types[0]));
    }

    [Fact]
    public void Short_names_prefer_microsoft_graph_and_base_cycles_end()
    {
        var a = PageParser.Parse("a.md", Resource("x", "|p|String|P.|", "microsoft.graph.callRecords", "y"));
        var b = PageParser.Parse("b.md", Resource("x", "|q|String|Q.|", "microsoft.graph", "y"));
        var c = PageParser.Parse("c.md", Resource("y", "|r|String|R.|", "microsoft.graph", "x"));
        var set = DocSet.Create(new[] { a, b, c });
        Assert.Equal("microsoft.graph.x", set.FindType("x")!.FullName);
        var chain = set.GetBaseTypes(set.FindType("microsoft.graph.x")!);
        Assert.Equal(new[] { "microsoft.graph.y" }, chain.Select(t => t.FullName));
        Assert.Equal(new[] { "q", "r" }, set.GetAllProperties(set.FindType("microsoft.graph.x")!).Select(p => p.Name));
    }

    private static string Resource(string name, string rows, string ns = "microsoft.graph", string? baseType = null) =>
        "---\ndoc_type: resourcePageType\n---\n# " + name + " resource type\n\nNamespace: " + ns + "\n\n" +
        (baseType != null ? "Inherits from [" + baseType + "](" + baseType + ".md).\n\n" : string.Empty) +
        "## Properties\n\n|Property|Type|Description|\n|-|-|-|\n" + rows + "\n";
}
