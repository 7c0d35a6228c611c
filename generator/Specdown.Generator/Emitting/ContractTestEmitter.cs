using System.Collections.Generic;
using System.Globalization;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits one xunit test class per doc page (<c>ContractTests/ChatPostChatsRefContractTests.g.cs</c>): per example a
/// <c>DocumentedExample</c> (the example quoted in a comment, its texts as escaped literals), a DTO round trip
/// (<c>{name}_round_trip</c>) and, when the project supplies a replay target, a replay against the service
/// (<c>{name}_replay</c>). A check that cannot run is a skipped test whose reason says why.
/// </summary>
internal static class ContractTestEmitter
{
    private const string Assert = "global::Specdown.Testing.ContractAssert";

    public static GeneratedSource Emit(ContractTestClassSpec spec, TypeIndex index, GeneratorOptions options, bool hasTarget)
    {
        var root = options.RootNamespace;
        var page = spec.Page;
        var path = ContractTestPaths.Display(page.Path);
        var members = ContractTestNames.Members(page);
        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.OpenBlock("namespace " + root + "." + NamespaceNames.ContractTests);
        writer.WriteLine("/// <summary>Contract tests from the examples of " + CSharpLiteral.DocText(ContractTestSpecBuilder.Stem(page.Path)) + ".md.</summary>");
        if (hasTarget)
        {
            writer.WriteLine("[global::Xunit.Collection(" + ContractTestNames.TargetClass + ".CollectionName)]");
        }

        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public partial class " + spec.ClassName);
        if (hasTarget)
        {
            writer.WriteLine("private readonly " + ContractTestNames.TargetClass + " _target;");
            writer.WriteLine();
            writer.WriteLine("public " + spec.ClassName + "(" + ContractTestNames.TargetClass + " target) => _target = target;");
            writer.WriteLine();
        }

        WriteExamples(writer, page, path, members);
        for (var i = 0; i < page.Examples.Count; i++)
        {
            var example = page.Examples[i];
            WriteRoundTrip(writer, example, members[i], RoundTripType(example, page, index, root, out var blocker), blocker, root);
            if (hasTarget)
            {
                WriteReplay(writer, example, members[i]);
            }
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedSource("ContractTests/" + spec.ClassName + ".g.cs", writer.ToString());
    }

    /// <summary>The DTO type a round trip deserializes into, or null with the reason in <paramref name="blocker"/>.</summary>
    public static string? RoundTripType(ContractTestExampleSpec example, ContractTestPageSpec page, TypeIndex index, string root, out string? blocker)
    {
        blocker = example.RoundTripBlocker;
        if (blocker is not null)
        {
            return null;
        }

        var entry = index.Names.ResolveName(example.ResponseODataType!, page.Namespace);
        if (entry is null)
        {
            blocker = "the @odata.type '" + example.ResponseODataType + "' is not documented by any page, so no DTO type is known";
            return null;
        }

        if (entry.IsEnum)
        {
            blocker = "the @odata.type '" + example.ResponseODataType + "' is an enum, not an object type";
            return null;
        }

        return example.IsCollection
            ? "global::" + EmitterConstants.SerializationNamespace(root) + ".SpecdownCollectionResponse<" + entry.GlobalName + ">"
            : entry.GlobalName;
    }

    private static void WriteExamples(SourceWriter writer, ContractTestPageSpec page, string path, IReadOnlyList<string> members)
    {
        writer.WriteLine("/// <summary>The documented examples of the page, as the tests replay them.</summary>");
        writer.OpenBlock("public static class " + ContractTestNames.ExamplesClass);
        for (var i = 0; i < page.Examples.Count; i++)
        {
            var example = page.Examples[i];
            if (i > 0)
            {
                writer.WriteLine();
            }

            writer.WriteLine("// " + ContractTestComment.Escape("Example '" + example.Name + "' (" + Location(path, example.Line) + ")"));
            ContractTestComment.Write(writer, "Request (" + Location(path, example.RequestLine) + "):", example.RequestText);
            ContractTestComment.Write(writer, "Response (" + Location(path, example.ResponseLine) + "):", example.ResponseText);
            writer.WriteLine("public static readonly global::Specdown.Testing.DocumentedExample " + members[i] + " = new(");
            writer.Indent();
            writer.WriteLine(CSharpLiteral.String(example.Name) + ",");
            writer.WriteLine(CSharpLiteral.String(path) + ",");
            writer.WriteLine(Number(example.Line) + ",");
            writer.WriteLine(Literal(example.RequestText) + ",");
            writer.WriteLine(Literal(example.ResponseText) + ",");
            writer.WriteLine("Truncated: " + Bool(example.Truncated) + ",");
            writer.WriteLine("IsCollection: " + Bool(example.IsCollection) + ",");
            writer.WriteLine("ResponseLine: " + Number(example.ResponseLine) + ");");
            writer.Unindent();
        }

        writer.CloseBlock();
    }

    private static void WriteRoundTrip(SourceWriter writer, ContractTestExampleSpec example, string member, string? type, string? blocker, string root)
    {
        writer.WriteLine();
        writer.WriteLine("/// <summary>Example '" + CSharpLiteral.DocText(example.Name) + "': documented response JSON → DTO → JSON, conformant to the docs.</summary>");
        if (type is null)
        {
            writer.WriteLine("[global::Xunit.Fact(Skip = " + CSharpLiteral.String("Not runnable: " + blocker) + ")]");
            writer.WriteLine("public void " + member + "_round_trip() { }");
            return;
        }

        writer.WriteLine("[global::Xunit.Fact]");
        writer.WriteLine("public void " + member + "_round_trip() =>");
        writer.Indent();
        writer.WriteLine(Assert + ".RoundTrip<" + type + ">(" + ContractTestNames.ExamplesClass + "." + member + ", " + EmitterConstants.JsonOptions(root) + ".Options);");
        writer.Unindent();
    }

    private static void WriteReplay(SourceWriter writer, ContractTestExampleSpec example, string member)
    {
        writer.WriteLine();
        writer.WriteLine("/// <summary>Example '" + CSharpLiteral.DocText(example.Name) + "': the documented request replayed against the service, its response checked.</summary>");
        if (example.ReplayBlocker is { } blocker)
        {
            writer.WriteLine("[global::Xunit.Fact(Skip = " + CSharpLiteral.String("Not runnable: " + blocker) + ")]");
            writer.WriteLine("public void " + member + "_replay() { }");
            return;
        }

        writer.WriteLine("[global::Xunit.Fact]");
        writer.WriteLine("public async global::System.Threading.Tasks.Task " + member + "_replay() =>");
        writer.Indent();
        writer.WriteLine("await " + Assert + ".ReplayAsync(" + ContractTestNames.ExamplesClass + "." + member + ", _target.GetClient(), _target.Options);");
        writer.Unindent();
    }

    private static string Location(string path, int line) => path + ":" + Number(line);

    private static string Literal(string? text) => text is null ? "null" : CSharpLiteral.String(text);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
