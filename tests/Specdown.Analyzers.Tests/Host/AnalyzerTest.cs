using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Specdown.Analyzers.Tests.Host;

/// <summary>
/// An analyzer test on net10.0 reference assemblies from Basic.Reference.Assemblies (the testing library's own
/// <c>ReferenceAssemblies.Net.Net100</c> asks for a ref pack this machine does not serve).
/// </summary>
internal sealed class SpecdownAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public SpecdownAnalyzerTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
    }
}
