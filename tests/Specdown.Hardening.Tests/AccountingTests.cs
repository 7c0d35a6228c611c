using CsCheck;
using Specdown.Hardening.Tests.Support;
using Specdown.Hardening.Tests.Support.Fuzzing;
using Specdown.Hardening.Tests.Support.Hostile;
using Specdown.Model.Parsing;

namespace Specdown.Hardening.Tests;

/// <summary>No silent loss: every non-blank line of a page is attributed to a model element, an ignorable construct or a diagnostic.</summary>
public sealed class AccountingTests
{
    private const string KitchenSink =
        "---\ntitle: \"gadget resource type\"\ndescription: \"A gadget.\"\nms.localizationpriority: medium\nauthor: \"someone\"\nms.prod: \"teams\"\ndoc_type: resourcePageType\n---\n\n" +
        "# gadget resource type\n\nNamespace: microsoft.graph\n\n[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]\n\nA gadget. Inherits from [entity](entity.md).\n\n" +
        "> [!NOTE]\n> Read-only for now.\n\n- first point\n- second point\n  1. nested\n\n![diagram](images/gadget.png)\n\n<br/>\n<p>html block</p>\n\n" +
        "## Methods\n\n| Method | Return type | Description |\n|:---|:---|:---|\n| [Get gadget](../api/gadget-get.md) | [gadget](gadget.md) | Read it. |\n\n" +
        "## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n| id | String | Read-only. |\n| kind | gadgetKind | Possible values are: `small`, `large`. |\n| owner | [identitySet](identityset.md) | Who owns it. |\n| tags | String collection | Tags. |\n\n" +
        "### gadgetKind values\n\n| Member | Value | Description |\n|:---|:---|:---|\n| small | 0 | Small. |\n| large | 1 | Large. |\n\n" +
        "## Relationships\n\n| Relationship | Type | Description |\n|:---|:---|:---|\n| parts | [part](part.md) collection | Parts. |\n\n" +
        "## JSON representation\n\nThe following is a JSON representation of the resource.\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"optionalProperties\": [],\n  \"keyProperty\": \"id\",\n  \"@odata.type\": \"microsoft.graph.gadget\",\n  \"baseType\": \"microsoft.graph.entity\"\n}-->\n" +
        "```json\n{\n  \"id\": \"String (identifier)\",\n  \"kind\": \"String\",\n  \"owner\": {\"@odata.type\": \"microsoft.graph.identitySet\"},\n  \"tags\": [\"String\"]\n}\n```\n\n" +
        "# [HTTP](#tab/http)\n<!-- { \"blockType\": \"request\", \"name\": \"get_gadget\" } -->\n```http\nGET https://graph.microsoft.com/beta/gadgets/1\n```\n# [C#](#tab/csharp)\n[!INCLUDE [sample-code](../includes/snippets/csharp/get-gadget-csharp-snippets.md)]\n\n---\n\n" +
        "```powershell\nGet-Gadget\n```\n\n" +
        "<!-- uuid: 8fcb5dbc-d5aa-4681-8e31-b001d5168d79\n2015-10-25 14:57:30 UTC -->\n<!--\n{\n  \"type\": \"#page.annotation\",\n  \"description\": \"gadget resource\",\n  \"keywords\": \"\",\n  \"section\": \"documentation\",\n  \"tocPath\": \"\"\n}\n-->\n";

    [Fact]
    public void Every_line_of_a_page_with_every_construct_is_accounted_for()
    {
        var page = PageParser.Parse("resources/gadget.md", KitchenSink);
        Assert.Empty(LineCoverage.Unaccounted(page, KitchenSink));
        Assert.Contains(page.Accounting, a => a.Category.StartsWith("table:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_line_of_resource_and_api_pages_is_accounted_for_with_any_line_endings()
    {
        foreach (var text in new[] { HostilePages.Resource("widget", "plain"), HostilePages.Api("widget", "plain"), KitchenSink })
        {
            foreach (var ending in new[] { "\n", "\r\n", "\r" })
            {
                var variant = text.Replace("\n", ending, StringComparison.Ordinal);
                var page = PageParser.Parse("api/w.md", variant);
                Assert.Empty(LineCoverage.Unaccounted(page, variant));
            }
        }
    }

    [Fact]
    public void Random_and_mutated_pages_leave_no_line_unaccounted()
    {
        PageShapes.Draft.Sample(
            draft =>
            {
                var page = PageParser.Parse(draft.Path, draft.Text);
                var missing = LineCoverage.Unaccounted(page, draft.Text);
                Assert.True(missing.Count == 0, string.Join("\n", missing.Take(10)));
            },
            seed: FuzzSeeds.ToCsCheckSeed(FuzzSeeds.FromEnvironment() + 2),
            iter: 1500,
            threads: 1,
            print: draft => draft.ToString());
    }
}
