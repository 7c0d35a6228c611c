using Specdown.Hardening.Tests.Support.Fuzzing;

namespace Specdown.Hardening.Tests;

/// <summary>Cases the fuzzer found; each one crashed or broke a property before its fix.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void Resource_block_without_odata_type_on_a_page_without_title_does_not_crash_the_doc_set()
    {
        // Found by the short run: ResourceBuilder made a type with a null name, DocSetIndex threw ArgumentNullException.
        var page = "### Response\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"name\": \"x\",\n  \"isCollection\": true\n}\n-->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n```\n";
        var outcome = FuzzPipeline.Run(new[] { new PageDraft("api/untitled.md", page) }, compile: true);
        Assert.True(outcome.Failures.Count == 0, outcome.ToString());
    }
}
