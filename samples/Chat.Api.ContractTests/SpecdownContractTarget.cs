using Microsoft.AspNetCore.Mvc.Testing;

namespace Chat.Api.ContractTests.Docs.ContractTests;

/// <summary>
/// The replay target of the generated contract tests: Chat.Api in-process. Declaring this part is what turns the
/// generated replay tests on. The internal constructor lets <see cref="DriftTests"/> point the same generated tests at
/// a drifted variant of the service.
/// </summary>
public sealed partial class SpecdownContractTarget
{
    private readonly WebApplicationFactory<Program> _factory;

    public SpecdownContractTarget()
        : this(new WebApplicationFactory<Program>())
    {
    }

    internal SpecdownContractTarget(WebApplicationFactory<Program> factory) => _factory = factory;

    partial void CreateClient(ref HttpClient? client) => client = _factory.CreateClient();

    partial void DisposeTarget() => _factory.Dispose();
}
