using System.Collections.Concurrent;
using Specdown.Model;
using Specdown.Model.Collections;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// The example JSON of slim pages, packed (<see cref="PackedJson"/>): <see cref="Slim"/> makes a
/// <see cref="PageRules.Slim"/> page whose examples keep their <see cref="JsonDocumentInfo"/> without the tree, and
/// <see cref="Restore"/> gives the page back with equal trees, for the doc-set rules on that page. This is what lets
/// <c>specdown check</c> keep every page of a large doc set without the garbage collector tracing their JSON again and
/// again. Thread-safe; pages are told apart by identity.
/// </summary>
public sealed class SlimPageJson
{
    private readonly ConcurrentDictionary<PageModel, PackedJson> _packed = new(ReferenceComparer<PageModel>.Instance);

    /// <summary><see cref="PageRules.Slim"/>, with the example JSON trees packed here.</summary>
    public PageModel Slim(PageModel page)
    {
        var slim = PageRules.Slim(page);
        var examples = slim.Examples;
        var roots = new JsonNode?[examples.Count];
        var any = false;
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = examples[i].Json?.Root;
            any |= roots[i] is not null;
        }

        if (!any || PackedJson.Pack(roots, page.Path) is not { } packed)
        {
            return slim;
        }

        var stripped = new HttpExample[examples.Count];
        for (var i = 0; i < stripped.Length; i++)
        {
            var example = examples[i];
            stripped[i] = example.Json is { Root: not null } json ? example with { Json = json with { Root = null } } : example;
        }

        var result = slim with { Examples = new EquatableArray<HttpExample>(stripped) };
        _packed[result] = packed;
        return result;
    }

    /// <summary>The page with the example JSON <see cref="Slim"/> packed put back (the page itself when none was).</summary>
    public PageModel Restore(PageModel page)
    {
        if (!_packed.TryGetValue(page, out var packed))
        {
            return page;
        }

        var examples = page.Examples;
        var restored = new HttpExample[examples.Count];
        for (var i = 0; i < restored.Length; i++)
        {
            var example = examples[i];
            restored[i] = packed.Restore(i) is { } root ? example with { Json = example.Json! with { Root = root } } : example;
        }

        return page with { Examples = new EquatableArray<HttpExample>(restored) };
    }
}
