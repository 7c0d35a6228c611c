using System.Globalization;
using Specdown.Generator.Emitting;
using Specdown.Generator.Tests.TestSupport;

namespace Specdown.Generator.Tests;

/// <summary>Same docs in any order and any culture → byte-identical output.</summary>
public class DeterminismTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Output_does_not_depend_on_page_order_or_culture(string fixture)
    {
        var expected = Fixtures.Emit(fixture);
        var pages = Fixtures.Get(fixture);
        var random = new Random(1234);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var shuffled = pages.OrderBy(_ => random.Next()).ToList();
                var actual = SpecdownEmitter.Emit(shuffled, Fixtures.Options, serverAvailable: true);
                Assert.Equal(expected.Select(s => s.HintName), actual.Select(s => s.HintName));
                Assert.Equal(expected, actual);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Chat_emits_exactly_the_expected_set_of_files()
    {
        var hints = Fixtures.Emit("Chat", server: true).Select(s => s.HintName).ToHashSet(StringComparer.Ordinal);
        var expected = new HashSet<string>(StringComparer.Ordinal)
        {
            "Models/Chat.g.cs", "Models/Entity.g.cs",
            "Operations/ChatsOperations.g.cs", "Operations/UsersOperations.g.cs",
            "Server/ChatsEndpoints.g.cs", "Server/UsersEndpoints.g.cs",
            "Client/ChatsClient.g.cs", "Client/UsersClient.g.cs",
            "Support/SpecdownJson.g.cs", "Support/SpecdownJsonContext.g.cs", "Support/DurationJsonConverter.g.cs", "Support/SpecdownCollectionResponse.g.cs", "Support/SpecdownApiException.g.cs",
        };
        Assert.Equal(expected, hints);
        var withoutServer = SpecdownEmitter.Emit(Fixtures.Get("Chat"), Fixtures.Options with { EmitClient = false }, serverAvailable: false).Select(s => s.HintName);
        Assert.Equal(expected.Where(h => !h.StartsWith("Server/", StringComparison.Ordinal) && !h.StartsWith("Client/", StringComparison.Ordinal) && !h.Contains("ApiException", StringComparison.Ordinal)).Order(StringComparer.Ordinal), withoutServer);
    }

    [Fact]
    public void Hint_names_are_unique_ignoring_case()
    {
        foreach (var fixture in Fixtures.Names().Select(n => (string)n[0]))
        {
            var hints = Fixtures.Emit(fixture).Select(s => s.HintName).ToList();
            Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }
}
