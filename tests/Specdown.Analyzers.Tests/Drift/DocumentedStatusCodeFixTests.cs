using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Specdown.Analyzers.Drift;
using Specdown.CodeFixes;

namespace Specdown.Analyzers.Tests.Drift;

public sealed class DocumentedStatusCodeFixTests
{
    private const string Before = """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;

        sealed class Chats : Chat.Api.Server.IChatsEndpoints
        {
            public Task<IResult> AddChatAsync(CancellationToken cancellationToken) =>
                Task.FromResult({|#0:Results.Ok()|});
        }
        """;

    private const string After = """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Http;

        sealed class Chats : Chat.Api.Server.IChatsEndpoints
        {
            public Task<IResult> AddChatAsync(CancellationToken cancellationToken) =>
                Task.FromResult(Results.NoContent());
        }
        """;

    [Fact]
    public async Task Replaces_the_result_with_the_documented_status()
    {
        var test = new CSharpCodeFixTest<UndocumentedStatusAnalyzer, DocumentedStatusCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.Sources.Add(("/Stubs.cs", DriftStubs.AspNetCore));
        test.TestState.Sources.Add(("/Generated.g.cs", DriftStubs.Generated));
        test.TestState.Sources.Add(("/Code.cs", Before));
        test.TestState.AdditionalFiles.Add(("/repo/spec/api/chat-post-chats-ref.md", RuleHarness.Normalize(DriftStubs.Docs)));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SPD0201", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("AddChatAsync", "200", "POST /chats/$ref"));
        test.FixedState.Sources.Add(("/Stubs.cs", DriftStubs.AspNetCore));
        test.FixedState.Sources.Add(("/Generated.g.cs", DriftStubs.Generated));
        test.FixedState.Sources.Add(("/Code.cs", After));
        test.FixedState.AdditionalFiles.Add(("/repo/spec/api/chat-post-chats-ref.md", RuleHarness.Normalize(DriftStubs.Docs)));
        await test.RunAsync();
    }
}
