using Specdown.Generator.Emitting;
using Specdown.Model;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Named fixture sets for theories, and emission with the test options.</summary>
internal static class Fixtures
{
    public static readonly GeneratorOptions Options = GeneratorOptions.Default with { RootNamespace = "Contoso.Graph" };

    public static List<PageModel> Get(string name) => name switch
    {
        "Chat" => FixtureModels.Chat(),
        "Primitives" => FixtureModels.Primitives(),
        "Enums" => FixtureModels.Enums(),
        "Polymorphism" => FixtureModels.Polymorphism(),
        "NameHazards" => FixtureModels.NameHazards(),
        "Hostile" => HostileModels.Pages(),
        _ => throw new ArgumentException(name),
    };

    public static IReadOnlyList<GeneratedSource> Emit(string name, bool server = true) =>
        SpecdownEmitter.Emit(Get(name), Options, server);

    public static IEnumerable<object[]> Names() =>
        new[] { "Chat", "Primitives", "Enums", "Polymorphism", "NameHazards", "Hostile" }.Select(n => new object[] { n });
}
