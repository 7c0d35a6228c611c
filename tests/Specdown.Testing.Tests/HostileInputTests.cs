using System.Net;
using System.Text;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

/// <summary>Docs are untrusted input: mutated and random texts never crash the parsers, the matcher or the replay.</summary>
public class HostileInputTests
{
    private const string Alphabet = "{}[]\":,.…/\\ \n\r\tabcHTTP01234 -_@#$?&=%|<>'*\u202E\u0000";

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 8).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Mutated_examples_never_throw_anything_but_contract_failures(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 150; i++)
        {
            var request = Mutate(random, SeedExample.Request);
            var response = Mutate(random, SeedExample.CreatedResponse);
            HttpExampleParser.TryParseRequest(request, out var parsedRequest, out _);
            HttpExampleParser.TryParseResponse(response, out var parsedResponse, out _);
            JsonConformance.Match(Mutate(random, parsedResponse?.Body ?? "{}"), Mutate(random, "{\"topic\": \"x\"}"));
            if (parsedRequest is not null)
            {
                try
                {
                    RequestBuilder.Build(parsedRequest).Dispose();
                }
                catch (FormatException)
                {
                }
            }

            var example = new DocumentedExample("fuzz_" + i, "fuzz.md", 1, request, response, Truncated: random.Next(2) == 0);
            var stub = new StubHandler(HttpStatusCode.Created, Mutate(random, "{\"id\": \"1\", \"topic\": \"t\"}"));
            try
            {
                await ExampleReplay.ReplayAsync(example, stub.Client());
            }
            catch (ContractException exception)
            {
                Assert.Contains("fuzz_" + i, exception.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Odd_urls_become_requests_below_the_base_address()
    {
        var stub = new StubHandler(HttpStatusCode.NoContent);
        var example = SeedExample.Example with { RequestText = "GET https://graph.microsoft.com/beta/root:/my folder/a|b.txt:/content?x=\"1\"", ResponseText = "HTTP/1.1 204 No Content" };
        var result = await ExampleReplay.ReplayAsync(example, stub.Client());
        Assert.True(result.IsSuccess);
        Assert.Equal("localhost", stub.Request!.RequestUri!.Host);
        Assert.StartsWith("/root:/my%20folder/", stub.Request.RequestUri.AbsolutePath, StringComparison.Ordinal);
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(0, 6);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 8), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    builder[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }

        return builder.ToString();
    }
}
