using Specdown.Testing;

namespace Specdown.Testing.Tests;

public class JsonConformanceTests
{
    private static readonly ConformanceOptions Truncated = ConformanceOptions.Default with { Truncated = true };

    private static ConformanceResult Match(string documented, string actual, ConformanceOptions? options = null) =>
        JsonConformance.Match(documented, actual, options);

    private static ConformanceDifference Single(ConformanceResult result)
    {
        Assert.False(result.IsMatch);
        return Assert.Single(result.Differences);
    }

    [Fact]
    public void Key_order_is_ignored()
    {
        Assert.True(Match("""{"a": "x", "b": 1}""", """{"b": 2, "a": "y"}""").IsMatch);
    }

    [Fact]
    public void Missing_documented_property_is_reported_with_its_path()
    {
        var difference = Single(Match("""{"a": "x", "topic": "String"}""", """{"a": "y"}"""));
        Assert.Equal("$.topic", difference.Path);
        Assert.Equal(DifferenceKind.MissingProperty, difference.Kind);
        Assert.Equal("$.topic: expected string, got nothing", difference.ToString());
    }

    [Fact]
    public void Undocumented_property_fails_unless_truncated()
    {
        var difference = Single(Match("""{"a": "x"}""", """{"a": "y", "extra": true}"""));
        Assert.Equal("$.extra", difference.Path);
        Assert.Equal(DifferenceKind.UnexpectedProperty, difference.Kind);

        Assert.True(Match("""{"a": "x"}""", """{"a": "y", "extra": true}""", Truncated).IsMatch);
    }

    [Fact]
    public void Truncated_allows_extra_properties_at_every_level()
    {
        const string documented = """{"outer": {"inner": {"a": "String"}}}""";
        const string actual = """{"outer": {"inner": {"a": "s", "b": 1}, "c": 2}, "d": 3}""";
        Assert.True(Match(documented, actual, Truncated).IsMatch);
        Assert.Equal(new[] { "$.d", "$.outer.c", "$.outer.inner.b" },
            Match(documented, actual).Differences.Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Truncated_still_requires_documented_properties()
    {
        var difference = Single(Match("""{"a": "String", "b": "String"}""", """{"a": "s", "c": 1}""", Truncated));
        Assert.Equal("$.b", difference.Path);
    }

    [Theory]
    [InlineData("String", "\"anything\"")]
    [InlineData("string", "\"anything\"")]
    [InlineData("String (identifier)", "\"x-1\"")]
    [InlineData("string (identifier)", "\"0e1a5dd8\"")]
    [InlineData("String (timestamp)", "\"2021-07-01T10:20:30Z\"")]
    [InlineData("String (timestamp)", "\"2021-07-01T10:20:30.1234567+02:00\"")]
    [InlineData("String(timestamp)", "\"2021-07-01T10:20:30Z\"")]
    [InlineData("DateTimeOffset", "\"2021-07-01T10:20:30Z\"")]
    [InlineData("Boolean", "true")]
    [InlineData("Boolean", "false")]
    [InlineData("Int32", "42")]
    [InlineData("Int64", "-9007199254740993")]
    [InlineData("Double", "1.5e3")]
    [InlineData("Guid", "\"0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e\"")]
    [InlineData("GUID", "\"0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e\"")]
    [InlineData("Date", "\"2021-07-01\"")]
    [InlineData("Duration", "\"PT1H30M\"")]
    [InlineData("String (ISO 8601 duration)", "\"P1DT2H\"")]
    [InlineData("String (time of day)", "\"08:30:00\"")]
    public void Placeholder_matches_a_value_of_its_type(string placeholder, string actual)
    {
        var result = Match("{\"v\": \"" + placeholder + "\"}", "{\"v\": " + actual + "}");
        Assert.True(result.IsMatch, result.ToString());
    }

    [Theory]
    [InlineData("String", "null", "$.v: expected string, got null")]
    [InlineData("String", "5", "$.v: expected string, got number 5")]
    [InlineData("String (timestamp)", "\"yesterday\"", "$.v: expected an ISO 8601 timestamp, got string \"yesterday\"")]
    [InlineData("String (timestamp)", "\"07/01/2021 10:00\"", "$.v: expected an ISO 8601 timestamp, got string \"07/01/2021 10:00\"")]
    [InlineData("String (timestamp)", "\"2021-13-45T10:00:00Z\"", "$.v: expected an ISO 8601 timestamp, got string \"2021-13-45T10:00:00Z\"")]
    [InlineData("Boolean", "\"true\"", "$.v: expected boolean, got string \"true\"")]
    [InlineData("Int32", "\"42\"", "$.v: expected number, got string \"42\"")]
    [InlineData("Guid", "\"not-a-guid\"", "$.v: expected a GUID, got string \"not-a-guid\"")]
    [InlineData("Date", "\"2021-07-01T00:00:00Z\"", "$.v: expected an ISO 8601 date (yyyy-MM-dd), got string \"2021-07-01T00:00:00Z\"")]
    [InlineData("Duration", "\"90 minutes\"", "$.v: expected an ISO 8601 duration, got string \"90 minutes\"")]
    public void Placeholder_rejects_a_value_of_another_type_or_format(string placeholder, string actual, string message)
    {
        var difference = Single(Match("{\"v\": \"" + placeholder + "\"}", "{\"v\": " + actual + "}"));
        Assert.Equal(message, difference.ToString());
    }

    [Theory]
    [InlineData("boolean", PlaceholderKind.Boolean)]
    [InlineData("Bool", PlaceholderKind.Boolean)]
    [InlineData("Integer", PlaceholderKind.Number)]
    [InlineData("int", PlaceholderKind.Number)]
    [InlineData("Edm.Int64", PlaceholderKind.Number)]
    [InlineData("guid", PlaceholderKind.Guid)]
    [InlineData("date", PlaceholderKind.Date)]
    [InlineData("dateTimeOffset", PlaceholderKind.Timestamp)]
    [InlineData("binary", PlaceholderKind.Binary)]
    [InlineData("Json", PlaceholderKind.Any)]
    [InlineData("String (Guid)", PlaceholderKind.Guid)]
    [InlineData("String (date)", PlaceholderKind.Date)]
    [InlineData("String (timespan)", PlaceholderKind.Duration)]
    [InlineData("String (identifier)", PlaceholderKind.Identifier)]
    [InlineData("String (URL)", PlaceholderKind.String)]
    [InlineData("Strings", PlaceholderKind.None)]
    [InlineData("English (United States)", PlaceholderKind.None)]
    [InlineData("Alice", PlaceholderKind.None)]
    public void Type_names_are_placeholders_in_any_case_like_the_model_parser(string documented, PlaceholderKind kind)
    {
        Assert.Equal(kind, Placeholders.Classify(documented));
    }

    [Fact]
    public void Enum_member_spelled_like_a_type_still_matches_itself()
    {
        Assert.True(Match("""{"valueType": "boolean"}""", """{"valueType": "boolean"}""").IsMatch);
        Assert.True(Match("""{"isRemovable": "boolean"}""", """{"isRemovable": false}""").IsMatch);
        Assert.Equal("$.valueType: expected boolean, got string \"string\"", Single(Match("""{"valueType": "boolean"}""", """{"valueType": "string"}""")).ToString());
        Assert.True(Match("""{"settings": "Json"}""", """{"settings": {"a": [1]}}""").IsMatch);
    }

    [Fact]
    public void Placeholder_object_matches_any_object_of_that_type()
    {
        const string documented = """{"from": {"@odata.type": "microsoft.graph.identitySet"}}""";
        Assert.True(Match(documented, """{"from": {"user": {"id": "1"}, "application": null}}""").IsMatch);
        Assert.True(Match(documented, """{"from": {"@odata.type": "#microsoft.graph.identitySet", "user": {}}}""").IsMatch);

        var wrongType = Single(Match(documented, """{"from": {"@odata.type": "#microsoft.graph.user"}}"""));
        Assert.Equal("$.from['@odata.type']: expected type microsoft.graph.identitySet, got type microsoft.graph.user", wrongType.ToString());
        Assert.Equal(DifferenceKind.ODataTypeMismatch, wrongType.Kind);

        var notObject = Single(Match(documented, """{"from": "alice"}"""));
        Assert.Equal("$.from: expected object of type microsoft.graph.identitySet, got string \"alice\"", notObject.ToString());
    }

    [Fact]
    public void Derived_types_are_accepted_through_the_hierarchy_callback()
    {
        const string documented = """{"@odata.type": "#microsoft.graph.directoryObject"}""";
        const string actual = """{"@odata.type": "#microsoft.graph.user", "id": "1"}""";
        Assert.False(Match(documented, actual).IsMatch);
        var options = ConformanceOptions.Default with
        {
            IsDerivedType = (baseType, derived) => baseType == "microsoft.graph.directoryObject" && derived == "microsoft.graph.user",
        };
        Assert.True(Match(documented, actual, options).IsMatch);
    }

    [Fact]
    public void Missing_odata_type_in_the_actual_is_accepted()
    {
        Assert.True(Match("""{"@odata.type": "#microsoft.graph.chat", "topic": "String"}""", """{"topic": "t"}""").IsMatch);
    }

    [Fact]
    public void Instance_annotations_are_ignored_by_default()
    {
        const string documented = """{"@odata.context": "https://graph.microsoft.com/beta/$metadata#chats", "@odata.etag": "W/1", "photo@odata.mediaReadLink": "x", "id": "1"}""";
        Assert.True(Match(documented, """{"id": "2"}""").IsMatch);
        Assert.True(Match("""{"id": "1"}""", """{"@odata.nextLink": "n", "@odata.count": 3, "id": "2"}""").IsMatch);
    }

    [Fact]
    public void Instance_annotations_are_compared_when_asked()
    {
        var options = ConformanceOptions.Default with { CompareInstanceAnnotations = true };
        var missing = Single(Match("""{"@odata.context": "ctx", "id": "1"}""", """{"id": "2"}""", options));
        Assert.Equal("$['@odata.context']", missing.Path);
        Assert.Equal(DifferenceKind.MissingProperty, missing.Kind);

        var extra = Single(Match("""{"id": "1"}""", """{"@odata.nextLink": "n", "id": "2"}""", options));
        Assert.Equal("$['@odata.nextLink']", extra.Path);
        Assert.Equal(DifferenceKind.UnexpectedProperty, extra.Kind);
    }

    [Fact]
    public void Type_only_mode_treats_concrete_values_as_illustrations()
    {
        Assert.True(Match("""{"s": "Alice", "b": true, "n": 1024}""", """{"s": "Bob", "b": false, "n": 7}""").IsMatch);
        var difference = Single(Match("""{"s": "Alice"}""", """{"s": 1}"""));
        Assert.Equal("$.s: expected string, got number 1", difference.ToString());
    }

    [Fact]
    public void Exact_mode_compares_strings_and_booleans()
    {
        var exact = ConformanceOptions.Default with { ValueMode = ValueMode.Exact };
        Assert.True(Match("""{"s": "Alice", "t": "String"}""", """{"s": "Alice", "t": "anything"}""", exact).IsMatch);
        Assert.Equal("$.s: expected \"Alice\", got string \"Bob\"", Single(Match("""{"s": "Alice"}""", """{"s": "Bob"}""", exact)).ToString());
        Assert.Equal(DifferenceKind.ValueMismatch, Single(Match("""{"b": true}""", """{"b": false}""", exact)).Kind);
    }

    [Fact]
    public void Exact_mode_compares_timestamps_as_instants()
    {
        var exact = ConformanceOptions.Default with { ValueMode = ValueMode.Exact };
        Assert.True(Match("""{"t": "2021-07-01T10:00:00Z"}""", """{"t": "2021-07-01T12:00:00+02:00"}""", exact).IsMatch);
        Assert.False(Match("""{"t": "2021-07-01T10:00:00Z"}""", """{"t": "2021-07-01T10:00:01Z"}""", exact).IsMatch);
    }

    [Fact]
    public void Numbers_are_examples_by_default_and_compared_by_value_on_request()
    {
        Assert.True(Match("""{"n": 1024}""", """{"n": 1}""").IsMatch);
        var byValue = ConformanceOptions.Default with { NumbersAreExamples = false };
        Assert.True(Match("""{"n": 1024}""", """{"n": 1024.0}""", byValue).IsMatch);
        var difference = Single(Match("""{"n": 1024}""", """{"n": 1}""", byValue));
        Assert.Equal("$.n: expected number 1024, got number 1", difference.ToString());
    }

    [Fact]
    public void Documented_null_matches_anything_unless_exact()
    {
        Assert.True(Match("""{"v": null}""", """{"v": {"a": 1}}""").IsMatch);
        Assert.True(Match("""{"v": null}""", """{"v": null}""").IsMatch);
        var exact = ConformanceOptions.Default with { ValueMode = ValueMode.Exact };
        Assert.Equal("$.v: expected null, got string \"x\"", Single(Match("""{"v": null}""", """{"v": "x"}""", exact)).ToString());
    }

    [Fact]
    public void Differences_name_nested_paths()
    {
        const string documented = """{"value": [{"members": [{"user": {"displayName": "String"}}]}]}""";
        const string actual = """{"value": [{"members": [{"user": {"displayName": null}}]}]}""";
        var difference = Single(Match(documented, actual));
        Assert.Equal("$.value[0].members[0].user.displayName: expected string, got null", difference.ToString());
    }

    [Fact]
    public void Property_names_that_are_not_identifiers_are_bracketed()
    {
        var difference = Single(Match("""{"a b": "String", "it's": "String"}""", """{"a b": 1, "it's": "x"}"""));
        Assert.Equal("$['a b']", difference.Path);
        Assert.Equal("$['it\\'s']", Single(Match("""{"it's": "String"}""", """{"it's": 2}""")).Path);
    }

    [Fact]
    public void Undocumented_nulls_can_be_ignored()
    {
        var options = ConformanceOptions.Default with { IgnoreUndocumentedNulls = true };
        Assert.True(Match("""{"a": "x"}""", """{"a": "y", "b": null}""", options).IsMatch);
        Assert.False(Match("""{"a": "x"}""", """{"a": "y", "b": 1}""", options).IsMatch);
    }

    [Fact]
    public void Objects_with_many_properties_match_regardless_of_order()
    {
        var names = Enumerable.Range(0, 200).Select(i => "p" + i).ToArray();
        var documented = "{" + string.Join(",", names.Select(n => "\"" + n + "\": \"String\"")) + "}";
        var actual = "{" + string.Join(",", names.Reverse().Where(n => n != "p0").Select(n => "\"" + n + "\": \"v\"")) + ", \"zz\": 1}";
        var result = Match(documented, actual);
        Assert.Equal(new[] { "$.p0", "$.zz" }, result.Differences.Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Invalid_documented_json_fails_with_a_located_message_and_SPD0008()
    {
        var result = Match("{\n  \"a\": \"x\"\n  \"b\": 1\n}", "{}");
        var difference = Single(result);
        Assert.Equal(DifferenceKind.InvalidJson, difference.Kind);
        Assert.Contains("line 3", difference.Actual, StringComparison.Ordinal);
        Assert.Contains(result.Notes, note => note.Contains("SPD0008", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_actual_json_is_a_difference_not_an_exception()
    {
        var difference = Single(Match("""{"a": "x"}""", "{\"a\": "));
        Assert.Equal(DifferenceKind.InvalidJson, difference.Kind);
        Assert.Equal("$", difference.Path);
    }

    [Fact]
    public void Duplicate_documented_names_follow_last_one_wins()
    {
        const string documented = """{"r": {"@odata.type": "#microsoft.graph.wordResource", "n": "String", "n": 5, "@odata.type": "microsoft.graph.resource"}}""";
        Assert.True(Match(documented, documented).IsMatch);
        Assert.True(Match(documented, """{"r": {"@odata.type": "#microsoft.graph.resource", "n": 7}}""").IsMatch);
        var difference = Single(Match(documented, """{"r": {"n": "seven"}}"""));
        Assert.Equal("$.r.n: expected number, got string \"seven\"", difference.ToString());
    }
}
