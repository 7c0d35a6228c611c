using Microsoft.AspNetCore.Mvc.Testing;

namespace Chat.Api.ContractTests.Docs.ContractTests;

/// <summary>
/// The replay target of the generated contract tests: Chat.Api in-process. Declaring this part is what turns the
/// generated replay tests on.
/// </summary>
public sealed partial class SpecdownContractTarget
{
    private readonly WebApplicationFactory<Program> _factory = new();

    partial void CreateClient(ref HttpClient? client) => client = _factory.CreateClient();

    partial void DisposeTarget() => _factory.Dispose();
}
