namespace Specdown.Testing;

/// <summary>JSON conformance matching with the docs' conventions.</summary>
public static class JsonConformance
{
}
