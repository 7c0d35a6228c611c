using System.Collections.Generic;
using System.Globalization;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;
using Specdown.Model.Collections;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits what every contract-test class shares: the replay target (<c>SpecdownContractTarget</c>, a partial class the
/// project completes with <c>partial void CreateClient(ref HttpClient? client)</c>), the xunit collection that shares one
/// target, and <c>SpecdownContractSummary</c>: the counts and every check that cannot run, with its reason.
/// </summary>
internal static class ContractTestSupportEmitter
{
    public static GeneratedSource EmitTarget(GeneratorOptions options) =>
        new("ContractTests/" + ContractTestNames.TargetClass + ".g.cs", Wrap(options.RootNamespace, TargetTemplate));

    public static GeneratedSource EmitSummary(EquatableArray<ContractTestClassSpec> classes, TypeIndex index, GeneratorOptions options, bool hasTarget)
    {
        var root = options.RootNamespace;
        var rows = new List<string>();
        int roundTrips = 0, replays = 0;
        foreach (var spec in classes)
        {
            foreach (var example in spec.Page.Examples)
            {
                var location = ContractTestPaths.Display(spec.Page.Path) + ":" + example.Line.ToString(CultureInfo.InvariantCulture);
                if (ContractTestEmitter.RoundTripType(example, spec.Page, index, root, out var blocker) is null)
                {
                    rows.Add(Row(example.Name, location, "round trip", blocker!));
                }
                else
                {
                    roundTrips++;
                }

                if (hasTarget && example.ReplayBlocker is { } replayBlocker)
                {
                    rows.Add(Row(example.Name, location, "replay", replayBlocker));
                }
                else if (hasTarget)
                {
                    replays++;
                }
            }
        }

        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.OpenBlock("namespace " + root + "." + NamespaceNames.ContractTests);
        writer.WriteLine("/// <summary>What the contract tests generated from the docs cover, and what they cannot run (and why).</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public static class " + ContractTestNames.SummaryClass);
        writer.WriteLine("/// <summary>Whether the project declares a replay target (<c>" + ContractTestNames.TargetClass + "</c>).</summary>");
        writer.WriteLine("public const bool HasReplayTarget = " + (hasTarget ? "true" : "false") + ";");
        writer.WriteLine("public const int RoundTripTests = " + roundTrips.ToString(CultureInfo.InvariantCulture) + ";");
        writer.WriteLine("public const int ReplayTests = " + replays.ToString(CultureInfo.InvariantCulture) + ";");
        writer.WriteLine("public const int NotRunnableCount = " + rows.Count.ToString(CultureInfo.InvariantCulture) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Every check that cannot run: the example, its page location, the check, and why (each is also a skipped test).</summary>");
        writer.WriteLine("public static readonly global::System.Collections.Generic.IReadOnlyList<(string Example, string Location, string Check, string Reason)> NotRunnable =");
        writer.Indent();
        writer.OpenBlock("new (string Example, string Location, string Check, string Reason)[]");
        foreach (var row in rows)
        {
            writer.WriteLine(row);
        }

        writer.CloseBlock(";");
        writer.Unindent();
        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedSource("ContractTests/" + ContractTestNames.SummaryClass + ".g.cs", writer.ToString());
    }

    private static string Row(string name, string location, string check, string reason) =>
        "(" + CSharpLiteral.String(name) + ", " + CSharpLiteral.String(location) + ", " + CSharpLiteral.String(check) + ", " + CSharpLiteral.String(reason) + "),";

    private static string Wrap(string root, string body)
    {
        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.WriteLine("namespace " + root + "." + NamespaceNames.ContractTests);
        writer.WriteLine("{");
        var text = body.Replace("\r\n", "\n").Replace("[GeneratedCode]", EmitterConstants.GeneratedCode);
        return writer + text + (text.EndsWith("\n", System.StringComparison.Ordinal) ? string.Empty : "\n") + "}\n";
    }

    private const string TargetTemplate = """
    /// <summary>
    /// The service the contract tests replay the documented requests against, shared by every generated test class
    /// (one xunit collection). Complete it in your own part of this partial class, e.g.
    /// <code>
    /// public sealed partial class SpecdownContractTarget
    /// {
    ///     private readonly WebApplicationFactory&lt;Program&gt; _factory = new();
    ///     partial void CreateClient(ref HttpClient? client) =&gt; client = _factory.CreateClient();
    ///     partial void DisposeTarget() =&gt; _factory.Dispose();
    /// }
    /// </code>
    /// Replay tests are generated only when the project declares this class.
    /// </summary>
    [GeneratedCode]
    public sealed partial class SpecdownContractTarget : global::System.IDisposable
    {
        /// <summary>The xunit collection every generated contract-test class belongs to.</summary>
        public const string CollectionName = "Specdown contract tests";

        private readonly object _gate = new object();
        private global::System.Net.Http.HttpClient? _client;
        private bool _created;

        /// <summary>Options for every check (log, received files, replay options); null for the defaults.</summary>
        public global::Specdown.Testing.ContractOptions? Options { get; set; }

        /// <summary>Supplies the client whose <c>BaseAddress</c> is the service (e.g. <c>WebApplicationFactory.CreateClient()</c>).</summary>
        partial void CreateClient(ref global::System.Net.Http.HttpClient? client);

        /// <summary>Releases what <c>CreateClient</c> created (e.g. the factory).</summary>
        partial void DisposeTarget();

        /// <summary>The client, created once on first use.</summary>
        public global::System.Net.Http.HttpClient GetClient()
        {
            lock (_gate)
            {
                if (!_created)
                {
                    CreateClient(ref _client);
                    _created = true;
                }

                return _client ?? throw new global::System.InvalidOperationException(
                    "No replay target: implement 'partial void CreateClient(ref HttpClient? client)' in your part of the partial class SpecdownContractTarget.");
            }
        }

        public void Dispose()
        {
            _client?.Dispose();
            DisposeTarget();
        }
    }

    /// <summary>Shares one <see cref="SpecdownContractTarget"/> among the generated contract-test classes.</summary>
    [global::Xunit.CollectionDefinition(SpecdownContractTarget.CollectionName)]
    [GeneratedCode]
    public sealed class SpecdownContractCollection : global::Xunit.ICollectionFixture<SpecdownContractTarget>
    {
    }

""";
}
