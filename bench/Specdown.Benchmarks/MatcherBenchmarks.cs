using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Specdown.Testing;

namespace Specdown.Benchmarks;

/// <summary>
/// The contract-test matcher on every JSON response example of the corpus, each matched against itself,
/// compared with a plain <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/> of the same bodies.
/// Corpus: SPECDOWN_CORPUS, else /work/shared/corpus, else ../shared/corpus next to the repository.
/// </summary>
[MemoryDiagnoser]
[InProcess]
public class MatcherBenchmarks
{
    private string[] _bodies = Array.Empty<string>();
    private JsonDocument[] _documents = Array.Empty<JsonDocument>();

    [GlobalSetup]
    public void Setup()
    {
        var root = CorpusLocator.Find();
        _bodies = ResponseBodyScanner.Scan(root).ToArray();
        _documents = _bodies.Select(body => JsonDocument.Parse(body)).ToArray();
        var selfMatches = _bodies.Count(body => JsonConformance.Match(body, body).IsMatch);
        Console.WriteLine("// MatcherBenchmarks: " + _bodies.Length + " JSON response bodies, " +
            _bodies.Sum(b => (long)b.Length) + " characters, from " + root + "; " + selfMatches + " match themselves");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (baseline)")]
    public int Parse()
    {
        var count = 0;
        foreach (var body in _bodies)
        {
            using var document = JsonDocument.Parse(body);
            count += (int)document.RootElement.ValueKind;
        }

        return count;
    }

    [Benchmark(Description = "JsonConformance.Match(text, text)")]
    public int MatchText()
    {
        var matches = 0;
        foreach (var body in _bodies)
        {
            matches += JsonConformance.Match(body, body).IsMatch ? 1 : 0;
        }

        return matches;
    }

    [Benchmark(Description = "JsonConformance.Match(element, element)")]
    public int MatchParsed()
    {
        var matches = 0;
        foreach (var document in _documents)
        {
            matches += JsonConformance.Match(document.RootElement, document.RootElement).IsMatch ? 1 : 0;
        }

        return matches;
    }

    /// <summary>Finds the corpus folder.</summary>
    private static class CorpusLocator
    {
        public static string Find()
        {
            var candidates = new[]
            {
                Environment.GetEnvironmentVariable("SPECDOWN_CORPUS"),
                "/work/shared/corpus",
                Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/corpus"),
            };
            foreach (var candidate in candidates)
            {
                if (!string.IsNullOrEmpty(candidate) && Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            throw new DirectoryNotFoundException("Corpus not found: set SPECDOWN_CORPUS.");
        }
    }

    /// <summary>A simple scan of ```http blocks whose first line starts with HTTP/; keeps strictly valid JSON bodies.</summary>
    private static class ResponseBodyScanner
    {
        public static IEnumerable<string> Scan(string root)
        {
            foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                foreach (var block in HttpBlocks(File.ReadAllText(file)))
                {
                    if (HttpExampleParser.TryParseResponse(block, out var response, out _) && IsStrictJson(response!.Body))
                    {
                        yield return response.Body;
                    }
                }
            }
        }

        private static IEnumerable<string> HttpBlocks(string text)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var fence = lines[i].Trim();
                if (!fence.StartsWith("```", StringComparison.Ordinal)
                    || !fence.AsSpan(3).Trim().Equals("http", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var end = i + 1;
                while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    end++;
                }

                var first = i + 1;
                while (first < end && lines[first].Trim().Length == 0)
                {
                    first++;
                }

                if (first < end && lines[first].TrimStart().StartsWith("HTTP/", StringComparison.Ordinal))
                {
                    yield return string.Join("\n", lines, first, end - first);
                }

                i = end;
            }
        }

        private static bool IsStrictJson(string body)
        {
            if (body.Length == 0 || (body[0] != '{' && body[0] != '['))
            {
                return false;
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
