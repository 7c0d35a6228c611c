using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Tests;

/// <summary>The seed page (spec/api/chat-post-chats-ref.md) with the pages it links to: what the issue requires.</summary>
public sealed class SeedPageTests
{
    private const string Seed = "spec/api/chat-post-chats-ref.md";

    private static readonly Lazy<IReadOnlyList<DiagnosticInfo>> Results = new(() =>
    {
        var root = AppContext.BaseDirectory;
        var files = Directory.GetFiles(Path.Combine(root, "spec"), "*.md", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToArray();
        return RuleHarness.Run(files);
    });

    private static IEnumerable<DiagnosticInfo> OnSeed(string id) =>
        Results.Value.Where(d => d.Id == id && d.Location.FilePath == Seed);

    [Fact]
    public void SPD0001_on_every_todo_line() =>
        Assert.Equal(new[] { 4, 6, 20, 21, 22, 47, 48, 49, 50 }, OnSeed("SPD0001").Select(d => d.Location.StartLine).ToArray());

    [Fact]
    public void SPD0002_on_the_204_response_example()
    {
        var lines = OnSeed("SPD0002").Select(d => d.Location.StartLine).ToArray();
        Assert.Contains(lines, line => line is >= 87 and <= 90);
    }

    [Fact]
    public void SPD0004_on_the_body_that_follows_the_headers_directly()
    {
        var found = Assert.Single(OnSeed("SPD0004"));
        Assert.InRange(found.Location.StartLine, 89, 90);
    }

    [Fact]
    public void SPD0005_names_id_and_created_date_time_on_the_request_example()
    {
        var found = OnSeed("SPD0005").ToArray();
        Assert.Equal(new[] { "createdDateTime", "id" }, found.Select(d => d.Arguments[1]).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        Assert.All(found, d => Assert.InRange(d.Location.StartLine, 61, 75));
    }

    [Fact]
    public void SPD0012_on_post_chats_ref()
    {
        var found = Assert.Single(OnSeed("SPD0012"));
        Assert.Equal(67, found.Location.StartLine);
        Assert.Equal("POST /chats/$ref", found.Arguments[0]);
    }

    [Fact]
    public void SPD0016_on_id() =>
        Assert.Contains(OnSeed("SPD0016"), d => d.Location.StartLine == 47 && d.Arguments[0] == "id");

    [Fact]
    public void Not_SPD0003_because_116_is_the_crlf_length() => Assert.Empty(OnSeed("SPD0003"));

    [Fact]
    public void Not_SPD0007_for_string_timestamp_placeholders() => Assert.Empty(OnSeed("SPD0007"));

    [Fact]
    public void Links_to_the_chat_and_entity_pages_resolve()
    {
        Assert.DoesNotContain(Results.Value, d => d.Id is "SPD0011" or "SPD0017");
    }
}
