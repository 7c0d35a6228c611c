using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Specdown.Generator.Emitting;
using Specdown.Generator.Pipeline;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

/// <summary>The contract tests generated from examples: names, skipped checks with reasons, summary, safety, switches.</summary>
public class ContractTestEmitterTests
{
    private static readonly Dictionary<string, string> Enabled = new(DriverHarness.DefaultProperties)
    {
        ["build_property.SpecdownContractTests"] = "true",
    };

    [Fact]
    public void Emits_one_class_per_page_with_round_trips_and_skipped_checks_that_say_why()
    {
        var (sources, compilation) = Run(Enabled, withTestLibraries: true, target: false);

        Assert.Contains("ContractTests/GetWidgetContractTests.g.cs", sources.Keys);
        Assert.Contains("ContractTests/SpecdownContractSummary.g.cs", sources.Keys);
        Assert.Contains("ContractTests/SpecdownContractTarget.g.cs", sources.Keys);
        var tests = sources["ContractTests/GetWidgetContractTests.g.cs"];
        Assert.Contains("public void get_widget_round_trip() =>", tests);
        Assert.Contains("RoundTrip<global::Contoso.Graph.Widget>(Examples.get_widget, global::Contoso.Graph.Serialization.SpecdownJson.Options)", tests);
        Assert.Contains("Not runnable: the response annotation names no @odata.type", tests);
        Assert.Contains("Not runnable: the response body is not JSON (Content-Type: text/plain)", tests);
        Assert.Contains("Not runnable: the @odata.type 'microsoft.graph.gadget' is not documented by any page", tests);
        Assert.Contains("Not runnable: the code block is annotated \\\"blockType\\\": \\\"ignored\\\"", tests);
        Assert.Contains("public void get_widget_3_round_trip() { }", tests); // unnamed: page + position
        Assert.DoesNotContain("_replay", tests); // no replay target declared

        var summary = sources["ContractTests/SpecdownContractSummary.g.cs"];
        Assert.Contains("public const int RoundTripTests = 1;", summary);
        Assert.Contains("public const int NotRunnableCount = 4;", summary);
        Assert.Contains("\"get_gadget\", \"api/get-widget.md:", summary);
        Assert.Empty(Compiler.Errors(compilation));
    }

    [Fact]
    public void Documentation_text_never_reaches_the_code_raw()
    {
        var (sources, compilation) = Run(Enabled, withTestLibraries: true, target: false);
        var tests = sources["ContractTests/GetWidgetContractTests.g.cs"];

        Assert.DoesNotContain('\u202E', tests);
        Assert.DoesNotContain('\u2067', tests);
        Assert.Contains("evil\\u202e*/\\\"name", tests);                   // literal and comment, escaped
        Assert.Contains("public void evil_name_round_trip() { }", tests);  // identifier from letters, digits and _
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("GetWidgetContractTests.g.cs", StringComparison.Ordinal));
        foreach (var trivia in tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
        {
            Assert.StartsWith("//", trivia.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(tree.GetRoot().DescendantTrivia(), t => t.IsKind(SyntaxKind.MultiLineCommentTrivia));
    }

    [Fact]
    public void Replay_tests_are_emitted_when_the_project_declares_a_target()
    {
        var (sources, compilation) = Run(Enabled, withTestLibraries: true, target: true);
        var tests = sources["ContractTests/GetWidgetContractTests.g.cs"];

        Assert.Contains("public async global::System.Threading.Tasks.Task get_widget_replay() =>", tests);
        Assert.Contains("ReplayAsync(Examples.get_widget, _target.GetClient(), _target.Options)", tests);
        Assert.Contains("[global::Xunit.Collection(SpecdownContractTarget.CollectionName)]", tests);
        Assert.Contains("public async global::System.Threading.Tasks.Task get_widget_3_replay() =>", tests);
        Assert.Contains("Not runnable: the code block is annotated \\\"blockType\\\": \\\"ignored\\\"\")]\n        public void get_widget_ignored_1_replay() { }", tests);
        Assert.Contains("public const bool HasReplayTarget = true;", sources["ContractTests/SpecdownContractSummary.g.cs"]);
        Assert.Empty(Compiler.Errors(compilation));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Nothing_is_emitted_unless_enabled_and_xunit_and_Specdown_Testing_are_referenced(bool enabled, bool libraries)
    {
        var (sources, _) = Run(enabled ? Enabled : DriverHarness.DefaultProperties, libraries, target: false);

        Assert.DoesNotContain(sources.Keys, k => k.StartsWith("ContractTests/", StringComparison.Ordinal));
        Assert.Contains("Models/Widget.g.cs", sources.Keys);
    }

    [Fact]
    public void The_emitter_and_the_generator_agree_and_the_request_line_is_the_fence()
    {
        var pages = new[] { Parse("api/get-widget.md", ContractPages.GetWidget), Parse("resources/widget.md", ContractPages.Widget) };
        var emitted = SpecdownEmitter.Emit(pages, Fixtures.Options with { EmitContractTests = true }, serverAvailable: false)
            .Where(s => s.HintName.StartsWith("ContractTests/", StringComparison.Ordinal))
            .ToDictionary(s => s.HintName, s => s.Source);
        var (generated, _) = Run(Enabled, withTestLibraries: true, target: false);

        Assert.Equal(generated["ContractTests/GetWidgetContractTests.g.cs"], emitted["ContractTests/GetWidgetContractTests.g.cs"]);
        var fenceLine = ContractPages.GetWidget.Split('\n').ToList().FindIndex(l => l.StartsWith("GET https://graph.microsoft.com/beta/widgets/1", StringComparison.Ordinal));
        Assert.Contains("\"api/get-widget.md\",\n                " + fenceLine + ",", emitted["ContractTests/GetWidgetContractTests.g.cs"]);
    }

    [Fact]
    public void Seed_contract_tests_match_the_snapshot()
    {
        var sources = SpecdownEmitter.Emit(SpecPages.Spec(), Fixtures.Options with { EmitContractTests = true }, serverAvailable: false)
            .Where(s => s.HintName.StartsWith("ContractTests/", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            new[] { "ContractTests/ChatPostChatsRefContractTests.g.cs", "ContractTests/SpecdownContractSummary.g.cs", "ContractTests/SpecdownContractTarget.g.cs" },
            sources.Select(s => s.HintName));
        foreach (var source in sources)
        {
            Snapshot.Verify(source.Source, source.HintName.Replace('/', '.').Replace(".g.cs", string.Empty));
        }
    }

    [Fact]
    public void Editing_one_page_re_emits_only_its_contract_tests()
    {
        var compilation = WithLibraries(DriverHarness.Compilation(aspNet: false), target: false);
        var texts = new[] { DriverHarness.Text("api/get-widget.md", ContractPages.GetWidget), DriverHarness.Text("resources/widget.md", ContractPages.Widget), DriverHarness.Text("api/other.md", ContractPages.GetWidget.Replace("get_widget", "other_widget")) };
        var driver = DriverHarness.Create(texts, Enabled).RunGenerators(compilation);
        var edited = ContractPages.GetWidget.Replace("\"size\": 3", "\"size\": 4");
        driver = driver.ReplaceAdditionalText(texts[0], DriverHarness.Text("api/get-widget.md", edited)).RunGenerators(compilation);

        var reasons = StepAssertions.Reasons(driver.GetRunResult(), TrackingNames.ContractTestOutputs).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains(IncrementalStepRunReason.Cached, reasons);
        StepAssertions.HoldsNoRoslynObjects(driver.GetRunResult());
    }

    private static Specdown.Model.PageModel Parse(string path, string text) => Specdown.Model.Parsing.PageParser.Parse(path, text.Replace("\r\n", "\n"));

    private static (Dictionary<string, string> Sources, Compilation Output) Run(Dictionary<string, string> properties, bool withTestLibraries, bool target)
    {
        var compilation = DriverHarness.Compilation(aspNet: false);
        if (withTestLibraries)
        {
            compilation = WithLibraries(compilation, target);
        }

        var texts = new[] { DriverHarness.Text("api/get-widget.md", ContractPages.GetWidget), DriverHarness.Text("resources/widget.md", ContractPages.Widget) };
        var driver = DriverHarness.Create(texts, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var sources = DriverHarness.Sources(driver.GetRunResult()).ToDictionary(s => s.Hint, s => s.Text);
        return (sources, output);
    }

    private static CSharpCompilation WithLibraries(CSharpCompilation compilation, bool target)
    {
        compilation = compilation.AddReferences(
            MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Xunit.Abstractions.ITestOutputHelper).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Specdown.Testing.ContractAssert).Assembly.Location));
        if (target)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Contoso.Graph.ContractTests { public sealed partial class SpecdownContractTarget { partial void CreateClient(ref System.Net.Http.HttpClient? client) => client = new System.Net.Http.HttpClient(); } }",
                Compiler.ParseOptions));
        }

        return compilation;
    }
}
