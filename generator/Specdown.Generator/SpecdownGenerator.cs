using Microsoft.CodeAnalysis;

namespace Specdown.Generator;

/// <summary>The Specdown incremental generator: DTOs, endpoint stubs and a typed client from the docs.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecdownGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
