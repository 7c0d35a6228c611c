using Microsoft.CodeAnalysis;
using Specdown.Generator.Emitting;
using Specdown.Generator.Pipeline;
using Specdown.Generator.Tests.TestSupport;
using static Specdown.Generator.Tests.TestSupport.StepAssertions;

namespace Specdown.Generator.Tests;

/// <summary>The incremental pipeline: caching, isolation of edits, no Roslyn objects held, same output as the CLI path.</summary>
public class IncrementalGeneratorTests
{
    [Fact]
    public void Second_run_without_changes_is_all_cached()
    {
        var texts = PageTexts.Set(30).Select(p => DriverHarness.Text(p.Path, p.Text)).ToList();
        var compilation = DriverHarness.Compilation();
        var driver = DriverHarness.Create(texts).RunGenerators(compilation);
        var first = driver.GetRunResult();
        Assert.NotEmpty(DriverHarness.Sources(first));

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult();

        foreach (var step in typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.All(Reasons(second, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }

        Assert.All(second.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        HoldsNoRoslynObjects(first);
        HoldsNoRoslynObjects(second);
    }

    [Fact]
    public void Editing_one_page_of_a_hundred_reemits_only_that_type()
    {
        var pages = PageTexts.Set(100);
        var texts = pages.Select(p => DriverHarness.Text(p.Path, p.Text)).ToList();
        var compilation = DriverHarness.Compilation();
        var driver = DriverHarness.Create(texts).RunGenerators(compilation);
        var before = DriverHarness.Sources(driver.GetRunResult());
        var typeCount = before.Count(s => s.Hint.StartsWith("Models/", StringComparison.Ordinal));
        Assert.True(typeCount >= 80, "types emitted: " + typeCount);

        var edited = texts[42];
        var changed = DriverHarness.Text(edited.Path, pages[42].Text.Replace("Widget number 42.", "Widget number forty-two, edited.", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, changed).RunGenerators(compilation);
        var result = driver.GetRunResult();

        Assert.Equal(1, Reasons(result, TrackingNames.ParsePage).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(99, Reasons(result, TrackingNames.ParsePage).Count(r => r == IncrementalStepRunReason.Cached));
        var typeOutputs = Reasons(result, TrackingNames.TypeOutputs).ToList();
        Assert.Equal(1, typeOutputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(typeOutputs.Count - 1, typeOutputs.Count(r => r == IncrementalStepRunReason.Cached));
        // Types share files (FileGroups); only the edited type's file is re-emitted, the others compare equal.
        var typeFiles = Reasons(result, TrackingNames.TypeFiles).ToList();
        Assert.Equal(1, typeFiles.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(typeFiles.Count - 1, typeFiles.Count(r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
        Assert.All(Reasons(result, TrackingNames.EnumFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // The edited page's keys are equal: the index is not even rebuilt, and no operation group is touched.
        Assert.Equal(1, Reasons(result, TrackingNames.PageKeys).Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(result, TrackingNames.Index), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.GroupOperations), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.GroupOutputs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // The JSON context lists types (from the index) and body groups only: it stays cached too.
        Assert.NotEmpty(Reasons(result, TrackingNames.JsonContextOutput));
        Assert.All(Reasons(result, TrackingNames.JsonContextOutput), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(before, s => s.Hint == "Support/SpecdownJsonContext.g.cs" && s.Text.Contains("Widget42JsonMetadata.Create", StringComparison.Ordinal));
        var after = DriverHarness.Sources(result);
        var differences = before.Zip(after).Where(p => p.First != p.Second).Select(p => p.First.Hint).ToList();
        Assert.Equal(new[] { "Models/Widget42.g.cs" }, differences);
        HoldsNoRoslynObjects(result);
    }

    [Fact]
    public void Adding_a_property_to_a_base_type_reemits_its_derived_types()
    {
        var pages = PageTexts.Set(30);
        var texts = pages.Select(p => DriverHarness.Text(p.Path, p.Text)).ToList();
        var compilation = DriverHarness.Compilation();
        var driver = DriverHarness.Create(texts).RunGenerators(compilation);
        var before = DriverHarness.Sources(driver.GetRunResult());

        // widget0 is the base of widget3, widget6, ...: a new base property changes the index (keys) and the DTOs.
        var edited = pages[0].Text.Replace("| label | String | The label. |", "| label | String | The label. |\n| size3 | Int32 | Now on the base. |", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(texts[0], DriverHarness.Text(pages[0].Path, edited)).RunGenerators(compilation);
        var result = driver.GetRunResult();

        Assert.All(Reasons(result, TrackingNames.Index), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        var after = DriverHarness.Sources(result);
        var changed = before.Zip(after).Where(p => p.First != p.Second).Select(p => p.First.Hint).ToList();
        // The 30 Widget types share one file (FileGroups): it is re-emitted, with size3 on widget0 and no longer
        // declared by widget3 (now inherited).
        Assert.Equal(new[] { "Models/Widget.g.cs" }, changed.Where(h => h.StartsWith("Models/", StringComparison.Ordinal)));
        var file = after.Single(s => s.Hint == "Models/Widget.g.cs").Text;
        Assert.Contains("\"size3\"", ClassText(file, "Widget0"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"size3\"", ClassText(before.Single(s => s.Hint == "Models/Widget.g.cs").Text, "Widget0"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"size3\"", ClassText(file, "Widget3"), StringComparison.Ordinal);
        Assert.Contains("\"size21\"", ClassText(file, "Widget21"), StringComparison.Ordinal);
    }

    /// <summary>The declaration of one class in a file of several (from its declaration to the end of its namespace block).</summary>
    private static string ClassText(string file, string name)
    {
        var declaration = "public partial class " + name;
        var start = file.IndexOf(declaration + " ", StringComparison.Ordinal);
        start = start >= 0 ? start : file.IndexOf(declaration + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, name + " not found");
        var end = file.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return file.Substring(start, end - start);
    }

    [Fact]
    public void Generator_output_is_byte_identical_to_the_cli_emitter()
    {
        var files = Paths.ReadMarkdown(Paths.SpecFolder, "spec/").Concat(PageTexts.Set(20)).ToList();
        var driver = DriverHarness.Create(files.Select(f => DriverHarness.Text(f.Path, f.Text))).RunGenerators(DriverHarness.Compilation(aspNet: true));
        var generated = DriverHarness.Sources(driver.GetRunResult());

        var pages = files.Select(f => Specdown.Model.Parsing.PageParser.Parse(f.Path, f.Text)).ToList();
        var emitted = SpecdownEmitter.Emit(pages, Fixtures.Options, serverAvailable: true).Select(s => (s.HintName, s.Source)).ToList();

        Assert.Contains(generated, s => s.Hint == "Server/ChatsEndpoints.g.cs");
        Assert.Equal(emitted, generated);
    }

    [Fact]
    public void Server_stubs_only_when_aspnetcore_is_referenced()
    {
        var texts = Paths.ReadMarkdown(Paths.SpecFolder, "spec/").Select(f => DriverHarness.Text(f.Path, f.Text)).ToList();
        var without = DriverHarness.Sources(DriverHarness.Create(texts).RunGenerators(DriverHarness.Compilation(aspNet: false)).GetRunResult());
        Assert.DoesNotContain(without, s => s.Hint.StartsWith("Server/", StringComparison.Ordinal));
        Assert.Contains(without, s => s.Hint == "Client/ChatsClient.g.cs");

        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "My.App", ["build_property.SpecdownEmitClient"] = "false" };
        var configured = DriverHarness.Sources(DriverHarness.Create(texts, options).RunGenerators(DriverHarness.Compilation(aspNet: true)).GetRunResult());
        Assert.Contains(configured, s => s.Hint == "Server/ChatsEndpoints.g.cs");
        Assert.DoesNotContain(configured, s => s.Hint.StartsWith("Client/", StringComparison.Ordinal));
        Assert.Contains("namespace My.App\n", configured.Single(s => s.Hint == "Models/Chat.g.cs").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dtos_turned_off_emit_no_model_or_enum_files()
    {
        var texts = Paths.ReadMarkdown(Paths.SpecFolder, "spec/").Concat(PageTexts.Set(20)).Select(f => DriverHarness.Text(f.Path, f.Text)).ToList();
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "My.App", ["build_property.SpecdownEmitDtos"] = "false" };
        var sources = DriverHarness.Sources(DriverHarness.Create(texts, options).RunGenerators(DriverHarness.Compilation(aspNet: false)).GetRunResult());

        Assert.DoesNotContain(sources, s => s.Hint.StartsWith("Models/", StringComparison.Ordinal) || s.Hint.StartsWith("Enums/", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Hint == "Client/ChatsClient.g.cs");
    }

    [Fact]
    public void Line_endings_and_file_order_do_not_change_the_output()
    {
        var files = Paths.ReadMarkdown(Paths.SpecFolder, "spec/").Concat(PageTexts.Set(20)).ToList();
        var compilation = DriverHarness.Compilation();
        var lf = DriverHarness.Sources(DriverHarness.Create(files.Select(f => DriverHarness.Text(f.Path, f.Text))).RunGenerators(compilation).GetRunResult());
        var crlfShuffled = files.Select(f => DriverHarness.Text(f.Path, f.Text.Replace("\r\n", "\n").Replace("\n", "\r\n"))).Reverse();
        var crlf = DriverHarness.Sources(DriverHarness.Create(crlfShuffled).RunGenerators(compilation).GetRunResult());
        Assert.True(lf.Count > 10, "files: " + lf.Count);
        Assert.Equal(lf, crlf);
    }
}
