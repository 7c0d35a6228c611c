using Specdown.Hardening.Tests.Support.Fuzzing;
using Specdown.Hardening.Tests.Support.Hostile;

namespace Specdown.Hardening.Tests;

/// <summary>
/// Pages that try to break out of comments and strings, smuggle preprocessor directives, hide code behind bidi
/// controls or zero-width characters, or use keywords as names: the generated code must have exactly the structure
/// of the same page with plain words, contain no foreign directive, bidi control or malformed doc comment, and compile.
/// </summary>
public sealed class HostileInjectionTests
{
    public static IEnumerable<object[]> AttackIndexes => HostilePages.Attacks.Select((_, i) => new object[] { i });

    [Theory]
    [MemberData(nameof(AttackIndexes))]
    public void Hostile_words_in_every_name_and_description_inject_nothing(int index)
    {
        var attack = HostilePages.Attacks[index];
        var plain = HostilePipeline.Run(("resources/widget.md", HostilePages.Resource("widget", "plain")), ("api/widget-get.md", HostilePages.Api("widget", "plain")));
        var hostile = HostilePipeline.Run(("resources/widget.md", HostilePages.Resource("widget", attack)), ("api/widget-get.md", HostilePages.Api("widget", attack)));

        var trees = hostile.Trees();
        Assert.Empty(InjectionAudit.Problems(trees));
        Assert.Equal(CodeShape.Of(plain.Trees()), CodeShape.Of(trees));
        Assert.Contains(hostile.Pages[0].Types, t => t.Properties.Count == 5);
    }

    [Fact]
    public void All_hostile_pages_together_compile_without_errors()
    {
        var files = new List<(string, string)>();
        for (var i = 0; i < HostilePages.Attacks.Length; i++)
        {
            files.Add(($"resources/widget{i}.md", HostilePages.Resource("widget" + i, HostilePages.Attacks[i])));
            files.Add(($"api/widget{i}-get.md", HostilePages.Api("widget" + i, HostilePages.Attacks[i])));
        }

        var result = HostilePipeline.Run(files.ToArray());
        var trees = result.Trees();
        Assert.Empty(InjectionAudit.Problems(trees));
        Assert.Empty(GeneratedCodeCompiler.Errors(trees));
        Assert.True(result.Sources.Count > HostilePages.Attacks.Length, "expected generated files for every page");
    }

    [Theory]
    [InlineData("class")]
    [InlineData("object")]
    [InlineData("string")]
    [InlineData("event")]
    [InlineData("namespace")]
    [InlineData("System")]
    [InlineData("Task")]
    [InlineData("JsonSerializer")]
    public void Keyword_and_framework_names_as_type_names_compile(string type)
    {
        var result = HostilePipeline.Run(("resources/t.md", HostilePages.Resource(type, "value")), ("api/t-get.md", HostilePages.Api(type, "default")));
        var trees = result.Trees();
        Assert.Empty(InjectionAudit.Problems(trees));
        Assert.Empty(GeneratedCodeCompiler.Errors(trees));
        Assert.Contains(result.Pages[0].Types, t => t.Name == type);
    }
}
