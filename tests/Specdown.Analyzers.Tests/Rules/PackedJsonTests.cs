using Specdown.Analyzers.Rules;
using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Tests.Rules;

/// <summary>The packed example JSON of slim pages: what comes back must equal what went in, tree by tree.</summary>
public sealed class PackedJsonTests
{
    private const string Page = """
        # Create thing

        ### Request
        <!-- { "blockType": "request", "name": "create_thing" } -->
        ```http
        POST https://graph.microsoft.com/beta/things
        Content-type: application/json

        {
          "displayName": "Ünïcode \"quoted\" \\ slash",
          "size": 1024, "ratio": -1.5e3,
          "flags": [true, false, null, [], {}],
          "nested": { "deeper": { "list": [ { "a": 1 }, "two", 3 ] } },
          unquoted: 'single',
          "trailing": [1, 2,],
        }
        ```

        ### Response
        <!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.thing" } -->
        ```http
        HTTP/1.1 201 Created
        Content-type: application/json

        {
          "id": "String (identifier)",
          "items": [ ... ],
          "broken": 
        }
        ```

        ### Plain text body
        ```http
        HTTP/1.1 200 OK

        not json at all
        ```
        """;

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_example_tree_comes_back_equal(string newLine)
    {
        var page = PageParser.Parse("api/thing-post.md", Page.Replace("\n", newLine));
        var roots = page.Examples.Select(e => e.Json?.Root).ToArray();
        Assert.True(roots.Count(r => r is not null) >= 2);

        var packed = PackedJson.Pack(roots, page.Path);

        Assert.NotNull(packed);
        Assert.Equal(roots.Length, packed!.Count);
        for (var i = 0; i < roots.Length; i++)
        {
            var restored = packed.Restore(i);
            Assert.Equal(roots[i], restored);
            if (roots[i] is not null)
            {
                Assert.NotSame(roots[i], restored);
            }
        }
    }

    [Fact]
    public void Default_and_empty_arrays_null_texts_and_member_locations_are_kept_apart()
    {
        var here = new LocationInfo("a.md", 10, 4, 2, 3, 2, 7);
        var name = new LocationInfo("a.md", 8, 1, 2, 1, 2, 2);
        var leafDefault = new JsonNode(JsonKind.Number, "1", default, default, here);
        var leafEmpty = new JsonNode(JsonKind.Invalid, null!, EquatableArray<JsonMember>.Empty, EquatableArray<JsonNode>.Empty, here);
        var root = new JsonNode(
            JsonKind.Object,
            string.Empty,
            new[] { new JsonMember("x", leafDefault, name), new JsonMember(string.Empty, leafEmpty, here) },
            default,
            here);

        var restored = PackedJson.Pack(new[] { null, root }, "a.md")!.Restore(1)!;

        Assert.Null(PackedJson.Pack(new JsonNode?[] { null }, "a.md")!.Restore(0));
        Assert.Equal(root, restored);
        Assert.True(restored.Items.IsDefault);
        Assert.Equal(name, restored.Members[0].NameLocation);
        Assert.True(restored.Members[0].Value.Members.IsDefault);
        Assert.False(restored.Members[1].Value.Members.IsDefault);
        Assert.False(restored.Members[1].Value.Items.IsDefault);
        Assert.Null(restored.Members[1].Value.Text);
        Assert.Equal(string.Empty, restored.Members[1].Name);
    }

    [Fact]
    public void A_tree_located_in_another_file_is_not_packed_and_stays_on_the_slim_page()
    {
        var page = PageParser.Parse("api/thing-post.md", Page);
        var elsewhere = page.Examples[0].Json!.Root! with { Location = LocationInfo.FileStart("other.md") };
        var moved = page with { Examples = new EquatableArray<HttpExample>(page.Examples.Select((e, i) => i == 0 ? e with { Json = e.Json! with { Root = elsewhere } } : e).ToArray()) };

        Assert.Null(PackedJson.Pack(new[] { elsewhere }, page.Path));
        var store = new SlimPageJson();
        var slim = store.Slim(moved);
        Assert.Equal(PageRules.Slim(moved), slim);
        Assert.Same(slim, store.Restore(slim));
    }

    [Fact]
    public void A_slim_page_keeps_its_example_json_packed_and_gives_it_back()
    {
        var page = PageParser.Parse("api/thing-post.md", Page);
        var store = new SlimPageJson();

        var slim = store.Slim(page);

        Assert.All(slim.Examples, e => Assert.Null(e.Json?.Root));
        Assert.Equal(page.Examples.Select(e => e.Json is null), slim.Examples.Select(e => e.Json is null));
        Assert.Equal(page.Examples.Select(e => e.Json?.IsStrict), slim.Examples.Select(e => e.Json?.IsStrict));
        Assert.Equal(PageRules.Slim(page), store.Restore(slim));

        // Identity, not equality: an equal page that this store did not make is given back untouched.
        var copy = slim with { };
        Assert.Same(copy, store.Restore(copy));
    }
}
