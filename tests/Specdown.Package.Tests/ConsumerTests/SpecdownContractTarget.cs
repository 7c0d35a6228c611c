using Microsoft.AspNetCore.Mvc.Testing;

namespace ConsumerTests.Docs.ContractTests;

/// <summary>Declaring the target turns the generated replay tests on: the consumer's service, in-process.</summary>
public sealed partial class SpecdownContractTarget
{
    private readonly WebApplicationFactory<Program> _factory = new();

    partial void CreateClient(ref HttpClient? client) => client = _factory.CreateClient();

    partial void DisposeTarget() => _factory.Dispose();
}
