using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Specdown.Analyzers.Drift;
using Specdown.Analyzers.Tests.Host;

namespace Specdown.Analyzers.Tests.Drift;

public sealed class DriftAnalyzerTests
{
    private static SpecdownAnalyzerTest<T> Test<T>(string code)
        where T : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new SpecdownAnalyzerTest<T>();
        test.TestState.Sources.Add(("/Stubs.cs", DriftStubs.AspNetCore));
        test.TestState.Sources.Add(("/Generated.g.cs", DriftStubs.Generated));
        test.TestState.Sources.Add(("/Code.cs", code));
        test.TestState.AdditionalFiles.Add(("/repo/spec/api/chat-post-chats-ref.md", RuleHarness.Normalize(DriftStubs.Docs)));
        return test;
    }

    [Fact]
    public async Task SPD0201_reports_a_status_the_docs_do_not_list()
    {
        const string code = """
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;

            sealed class Chats : Chat.Api.Server.IChatsEndpoints
            {
                public Task<IResult> AddChatAsync(CancellationToken cancellationToken)
                {
                    if (cancellationToken.IsCancellationRequested) return Task.FromResult(Results.NotFound());
                    if (System.DateTime.Now.Second == 0) return Task.FromResult(Results.Ok());
                    return Task.FromResult({|#0:Results.StatusCode(202)|});
                }
            }
            """;
        var test = Test<UndocumentedStatusAnalyzer>(code.Replace("Results.Ok()", "{|#1:Results.Ok()|}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SPD0201", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("AddChatAsync", "200", "POST /chats/$ref"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SPD0201", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("AddChatAsync", "202", "POST /chats/$ref"));
        await test.RunAsync();
    }

    [Fact]
    public async Task SPD0201_is_silent_for_documented_and_error_statuses_and_other_methods()
    {
        const string code = """
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;

            sealed class Chats : Chat.Api.Server.IChatsEndpoints
            {
                public Task<IResult> AddChatAsync(CancellationToken cancellationToken) =>
                    Task.FromResult(cancellationToken.IsCancellationRequested ? Results.NotFound() : Results.NoContent());

                public IResult Other() => Results.Ok();
            }
            """;
        await Test<UndocumentedStatusAnalyzer>(code).RunAsync();
    }

    [Fact]
    public async Task SPD0202_reports_map_calls_and_attributes_for_undocumented_routes()
    {
        const string code = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;

            static class Routes
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    app.MapGet("/chats/{id}", () => 1);
                    app.MapPost("/chats/$ref", () => 1);
                    app.MapGet({|#0:"/teams/{id}"|}, () => 1);
                    app.MapGroup("/chats").MapPost({|#1:"{id}/members"|}, () => 1);
                }
            }

            [Route("chats")]
            sealed class ChatsController
            {
                [HttpGet("{chatId:guid}")] public int Get(string chatId) => 1;
                [{|#2:HttpGet("{chatId}/messages")|}] public int Messages(string chatId) => 1;
            }
            """;
        var test = Test<UndocumentedRouteAnalyzer>(code);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SPD0202", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("GET", "/teams/{id}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SPD0202", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("POST", "/chats/{id}/members"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("SPD0202", DiagnosticSeverity.Warning).WithLocation(2).WithArguments("GET", "chats/{chatId}/messages"));
        await test.RunAsync();
    }

    [Fact]
    public async Task SPD0202_is_silent_without_markdown_docs()
    {
        var test = new SpecdownAnalyzerTest<UndocumentedRouteAnalyzer>();
        test.TestState.Sources.Add(("/Stubs.cs", DriftStubs.AspNetCore));
        test.TestState.Sources.Add(("/Code.cs", "using Microsoft.AspNetCore.Builder; static class R { static void M(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app) => app.MapGet(\"/anything\", () => 1); }"));
        await test.RunAsync();
    }
}
