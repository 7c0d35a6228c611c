using Specdown.Testing;

namespace Specdown.Testing.Tests;

public class ArrayConformanceTests
{
    private static ConformanceResult Match(string documented, string actual, ConformanceOptions? options = null) =>
        JsonConformance.Match(documented, actual, options);

    [Fact]
    public void One_documented_item_means_items_like_this()
    {
        const string documented = """{"value": [{"id": "String", "topic": "String"}]}""";
        Assert.True(Match(documented, """{"value": [{"id": "1", "topic": "a"}, {"id": "2", "topic": "b"}, {"topic": "c", "id": "3"}]}""").IsMatch);
        Assert.True(Match(documented, """{"value": []}""").IsMatch);

        var difference = Assert.Single(Match(documented, """{"value": [{"id": "1", "topic": "a"}, {"id": "2", "topic": null}]}""").Differences);
        Assert.Equal("$.value[1].topic: expected string, got null", difference.ToString());
    }

    [Fact]
    public void Several_documented_items_are_compared_item_by_item()
    {
        const string documented = """["String", "Int32", "Boolean"]""";
        Assert.True(Match(documented, """["a", 1, true]""").IsMatch);
        var difference = Assert.Single(Match(documented, """["a", true, true]""").Differences);
        Assert.Equal("$[1]: expected number, got boolean true", difference.ToString());
    }

    [Fact]
    public void Missing_and_extra_items_are_reported()
    {
        const string documented = """{"tags": ["String", "String"]}""";
        var missing = Assert.Single(Match(documented, """{"tags": ["a"]}""").Differences);
        Assert.Equal("$.tags[1]", missing.Path);
        Assert.Equal(DifferenceKind.MissingItem, missing.Kind);

        var extra = Assert.Single(Match(documented, """{"tags": ["a", "b", "c"]}""").Differences);
        Assert.Equal("$.tags[2]: expected no item, got string \"c\"", extra.ToString());
        Assert.Equal(DifferenceKind.UnexpectedItem, extra.Kind);
    }

    [Fact]
    public void Truncated_allows_extra_items_that_conform_to_the_first_item()
    {
        var options = ConformanceOptions.Default with { Truncated = true };
        const string documented = """{"tags": ["String", "String"]}""";
        Assert.True(Match(documented, """{"tags": ["a", "b", "c"]}""", options).IsMatch);
        var difference = Assert.Single(Match(documented, """{"tags": ["a", "b", 3]}""", options).Differences);
        Assert.Equal("$.tags[2]", difference.Path);
    }

    [Fact]
    public void Collection_value_array_may_have_fewer_or_more_items()
    {
        var options = ConformanceOptions.Default with { IsCollection = true };
        const string documented = """{"value": [{"id": "String"}, {"id": "String"}]}""";
        Assert.True(Match(documented, """{"value": [{"id": "1"}]}""", options).IsMatch);
        Assert.True(Match(documented, """{"value": [{"id": "1"}, {"id": "2"}, {"id": "3"}]}""", options).IsMatch);
        Assert.False(Match(documented, """{"value": [{"id": "1"}]}""").IsMatch);

        var difference = Assert.Single(Match(documented, """{"value": [{"id": "1"}, {"id": "2"}, {"id": 3}]}""", options).Differences);
        Assert.Equal("$.value[2].id: expected string, got number 3", difference.ToString());
    }

    [Fact]
    public void Collection_leniency_applies_only_to_the_root_collection()
    {
        var options = ConformanceOptions.Default with { IsCollection = true };
        const string documented = """{"value": [{"tags": ["String", "String"]}, {"tags": ["String", "String"]}]}""";
        var difference = Assert.Single(Match(documented, """{"value": [{"tags": ["a"]}]}""", options).Differences);
        Assert.Equal("$.value[0].tags[1]", difference.Path);
    }

    [Fact]
    public void Empty_documented_array_matches_any_array_unless_exact()
    {
        Assert.True(Match("""{"v": []}""", """{"v": [1, 2]}""").IsMatch);
        var exact = ConformanceOptions.Default with { ValueMode = ValueMode.Exact };
        Assert.Equal(2, Match("""{"v": []}""", """{"v": [1, 2]}""", exact).Differences.Count);
        Assert.Equal("$.v: expected array, got object", Assert.Single(Match("""{"v": []}""", """{"v": {}}""").Differences).ToString());
    }

    [Fact]
    public void Strict_array_lengths_disable_templates()
    {
        var strict = ConformanceOptions.Default with { StrictArrayLengths = true, Truncated = true };
        var difference = Assert.Single(Match("""{"v": ["String"]}""", """{"v": ["a", "b"]}""", strict).Differences);
        Assert.Equal(DifferenceKind.UnexpectedItem, difference.Kind);
        Assert.Equal(DifferenceKind.MissingItem, Assert.Single(Match("""{"v": ["String"]}""", """{"v": []}""", strict).Differences).Kind);
    }

    [Fact]
    public void Large_arrays_are_compared_in_linear_time()
    {
        var items = string.Join(",", Enumerable.Range(0, 20000).Select(i => "{\"id\": \"" + i + "\", \"n\": " + i + "}"));
        var json = "{\"value\": [" + items + "]}";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(Match(json, json).IsMatch);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }
}
