using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Specdown.Generator.Emitting;
using Specdown.Generator.Tests.TestSupport;
using static Specdown.Generator.Tests.TestSupport.Models;

namespace Specdown.Generator.Tests;

/// <summary>
/// The generated <c>SpecdownJsonContext</c> on its own: options whose only resolver is the context (no reflection
/// fallback exists, so any type it does not describe fails) round-trip polymorphic collections, enums with unknown
/// values, durations, open types, required members and nested collections.
/// </summary>
public class JsonContextTests : IClassFixture<JsonContextTests.Compiled>
{
    private const string Root = "Contoso.Graph";
    private readonly Compiled _compiled;

    public JsonContextTests(Compiled compiled) => _compiled = compiled;

    /// <summary>The Chat, Primitives and case-clash fixtures, compiled once.</summary>
    public sealed class Compiled
    {
        public Compiled()
        {
            var pages = FixtureModels.Chat().Concat(FixtureModels.Primitives()).Concat(CaseClashPages()).ToList();
            Assembly = LoadedAssembly.Compile(Compiler.Create(SpecdownEmitter.Emit(pages, Fixtures.Options, serverAvailable: false), aspNet: false));
            Context = (IJsonTypeInfoResolver)Assembly.Type(Root + ".Serialization.SpecdownJsonContext").GetProperty("Default")!.GetValue(null)!;
        }

        internal LoadedAssembly Assembly { get; }

        public IJsonTypeInfoResolver Context { get; }

        /// <summary>Options whose TypeInfoResolver is only the generated context.</summary>
        public JsonSerializerOptions ContextOnly(bool outOfOrderMetadata = false) => new()
        {
            TypeInfoResolver = Context,
            AllowOutOfOrderMetadataProperties = outOfOrderMetadata,
        };
    }

    /// <summary>Two documented properties whose wire names differ only by case, plus a third spelling.</summary>
    internal static List<Specdown.Model.PageModel> CaseClashPages() => new()
    {
        Page("resources/caseclash.md", new[]
        {
            Type("caseClash", path: "resources/caseclash.md", properties: new[]
            {
                Prop("id", Primitive("String"), "Lower case."),
                Prop("Id", Primitive("Int32"), "Upper case."),
                Prop("ID", Primitive("Boolean"), "All caps."),
                Prop("displayName", Primitive("String"), "Plain."),
            }),
        }),
    };

    [Fact]
    public void The_metadata_comes_from_the_context_not_from_reflection()
    {
        var options = _compiled.ContextOnly();
        var info = options.GetTypeInfo(Generated("Chat"));

        Assert.Same(_compiled.Context, info.OriginatingResolver);
        Assert.NotEmpty(info.Properties);
        Assert.All(info.Properties, p => Assert.Null(p.AttributeProvider)); // reflection-built properties carry their PropertyInfo
        Assert.Contains(info.Properties, p => p.Name == "id" && p.PropertyType == typeof(string));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Uri("https://example.org"), options));
    }

    [Fact]
    public void An_entity_collection_deserializes_into_chats_by_odata_type()
    {
        var options = _compiled.ContextOnly();
        var entity = Generated("Entity");
        var json = "[{\"@odata.type\":\"#microsoft.graph.chat\",\"id\":\"1\",\"topic\":\"t\"},{\"id\":\"2\"},{\"@odata.type\":\"#microsoft.graph.unknownThing\",\"id\":\"3\"}]";

        foreach (var shape in new[] { typeof(IList<>), typeof(List<>) })
        {
            var list = (IList)JsonSerializer.Deserialize(json, shape.MakeGenericType(entity), options)!;
            Assert.Equal(new[] { Root + ".Chat", Root + ".Entity", Root + ".Entity" }, list.Cast<object>().Select(e => e.GetType().FullName));
            Assert.Equal("t", LoadedAssembly.Get(list[0]!, "Topic"));
        }

        var array = (Array)JsonSerializer.Deserialize(json, entity.MakeArrayType(), options)!;
        Assert.Equal(3, array.Length);
        var back = JsonSerializer.Serialize(array, entity.MakeArrayType(), options);
        Assert.StartsWith("[{\"@odata.type\":\"#microsoft.graph.chat\",\"id\":\"1\",\"topic\":\"t\"}", back, StringComparison.Ordinal);

        var envelopeType = Generated("Serialization.SpecdownCollectionResponse`1").MakeGenericType(entity);
        var envelope = JsonSerializer.Deserialize("{\"value\":" + json + ",\"@odata.nextLink\":\"https://next\"}", envelopeType, options)!;
        Assert.Equal("https://next", LoadedAssembly.Get(envelope, "NextLink"));
        Assert.IsType(Generated("Chat"), ((IList)LoadedAssembly.Get(envelope, "Value")!)[0]);

        var late = "{\"id\":\"x\",\"topic\":\"late\",\"@odata.type\":\"#microsoft.graph.chat\"}";
        Assert.Equal(Root + ".Chat", JsonSerializer.Deserialize(late, entity, _compiled.ContextOnly(outOfOrderMetadata: true))!.GetType().FullName);
    }

    [Fact]
    public void Enums_durations_open_types_required_members_and_nested_collections_round_trip()
    {
        var options = _compiled.ContextOnly();
        var type = Generated("AllTypes");
        var json = "{\"requiredName\":\"n\",\"requiredCount\":1,\"requiredDuration\":\"PT30M\",\"durationValue\":\"P1DT2H\",\"durations\":[\"PT1S\",\"P2D\"],"
            + "\"colors\":[\"red\",\"purple\"],\"tags\":[\"a\",\"b\"],\"guidValue\":\"0e1a5dd8-5dd8-0e1a-d85d-1a0ed85d1a0e\",\"dateValue\":\"2021-07-01\",\"timeOfDayValue\":\"08:30:00\",\"binaryValue\":\"AQI=\","
            + "\"children\":[{\"requiredName\":\"c\",\"requiredCount\":2,\"requiredDuration\":\"PT1H\",\"colors\":[\"green\"],\"tags\":[\"x\"],\"children\":[{\"requiredName\":\"g\",\"requiredCount\":3,\"requiredDuration\":\"PT2H\"}]}],"
            + "\"mystery\":{\"any\":[1,2]},\"extra\":42}";

        var value = JsonSerializer.Deserialize(json, type, options)!;

        Assert.Equal(TimeSpan.FromHours(26), LoadedAssembly.Get(value, "DurationValue"));
        Assert.Equal(TimeSpan.FromMinutes(30), LoadedAssembly.Get(value, "RequiredDuration"));
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromDays(2) }, ((IEnumerable)LoadedAssembly.Get(value, "Durations")!).Cast<TimeSpan>());
        Assert.Equal(new[] { "Red", "UnknownFutureValue" }, ((IEnumerable)LoadedAssembly.Get(value, "Colors")!).Cast<object>().Select(c => c.ToString()));
        Assert.Equal(new DateOnly(2021, 7, 1), LoadedAssembly.Get(value, "DateValue"));
        Assert.Equal(new TimeOnly(8, 30), LoadedAssembly.Get(value, "TimeOfDayValue"));
        Assert.Equal(new byte[] { 1, 2 }, LoadedAssembly.Get(value, "BinaryValue"));
        Assert.Equal(42, ((IDictionary<string, JsonElement>)LoadedAssembly.Get(value, "AdditionalData")!)["extra"].GetInt32());
        var child = ((IList)LoadedAssembly.Get(value, "Children")!)[0]!;
        Assert.Equal("Green", ((IList)LoadedAssembly.Get(child, "Colors")!)[0]!.ToString());
        var grandchild = ((IList)LoadedAssembly.Get(child, "Children")!)[0]!;
        Assert.Equal(TimeSpan.FromHours(2), LoadedAssembly.Get(grandchild, "RequiredDuration"));

        var back = JsonSerializer.Serialize(value, type, options);
        using var document = JsonDocument.Parse(back);
        var rootElement = document.RootElement;
        Assert.Equal("P1DT2H", rootElement.GetProperty("durationValue").GetString());
        Assert.Equal("[\"red\",\"unknownFutureValue\"]", rootElement.GetProperty("colors").GetRawText());
        Assert.Equal("[\"PT1S\",\"P2D\"]", rootElement.GetProperty("durations").GetRawText());
        Assert.Equal(42, rootElement.GetProperty("extra").GetInt32());
        Assert.Equal("{\"any\":[1,2]}", rootElement.GetProperty("mystery").GetRawText());
        Assert.Equal("PT2H", rootElement.GetProperty("children")[0].GetProperty("children")[0].GetProperty("requiredDuration").GetString());
        Assert.False(rootElement.TryGetProperty("int64Value", out _), "nulls are not written, even without DefaultIgnoreCondition");

        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize(back, type, options), type, options);
        Assert.Equal(back, again);
        var missing = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"requiredName\":\"n\"}", type, options));
        Assert.Contains("requiredCount", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Response_options_read_a_response_that_leaves_out_members_the_docs_mark_required()
    {
        var json = _compiled.Assembly.Type(Root + ".Serialization.SpecdownJson");
        var strict = (JsonSerializerOptions)json.GetProperty("Options")!.GetValue(null)!;
        var lenient = (JsonSerializerOptions)json.GetProperty("ResponseOptions")!.GetValue(null)!;
        var type = Generated("AllTypes");
        const string response = "{\"requiredName\":\"n\",\"tags\":[\"a\"]}";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(response, type, strict));
        var value = JsonSerializer.Deserialize(response, type, lenient)!;

        Assert.Equal("n", LoadedAssembly.Get(value, "RequiredName"));
        Assert.Equal(0, LoadedAssembly.Get(value, "RequiredCount"));
        Assert.True(lenient.IsReadOnly);
        Assert.Contains(strict.GetTypeInfo(type).Properties, p => p.IsRequired);
        Assert.DoesNotContain(lenient.GetTypeInfo(type).Properties, p => p.IsRequired);
    }

    [Fact]
    public void Enums_and_primitives_resolve_alone_and_as_nullable_and_collections()
    {
        var options = _compiled.ContextOnly();
        var color = Generated("Color");
        var nullable = typeof(Nullable<>).MakeGenericType(color);

        Assert.Equal("UnknownFutureValue", JsonSerializer.Deserialize("\"ultraviolet\"", color, options)!.ToString());
        Assert.Null(JsonSerializer.Deserialize("null", nullable, options));
        Assert.Equal("Green", JsonSerializer.Deserialize("\"green\"", nullable, options)!.ToString());
        Assert.Equal("[\"red\",\"green\"]", JsonSerializer.Serialize(JsonSerializer.Deserialize("[\"red\",\"green\"]", typeof(IList<>).MakeGenericType(color), options), typeof(IList<>).MakeGenericType(color), options));
        Assert.Equal(new[] { 1, 2 }, JsonSerializer.Deserialize<int[]>("[1,2]", options));
        Assert.Null(JsonSerializer.Deserialize<int?>("null", options));
        Assert.Equal("\"AQI=\"", JsonSerializer.Serialize(new byte[] { 1, 2 }, options));
        Assert.Equal(new[] { "a" }, JsonSerializer.Deserialize<IList<string>>("[\"a\"]", options));
    }

    [Fact]
    public void Wire_names_that_differ_only_by_case_are_both_kept_with_distinct_csharp_names()
    {
        var type = Generated("CaseClash");
        var wire = type.GetProperties()
            .ToDictionary(p => p.Name, p => p.GetCustomAttributes(false).OfType<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Single().Name);
        Assert.Equal(4, wire.Count);
        Assert.Equal(new[] { "ID", "Id", "displayName", "id" }, wire.Values.Order(StringComparer.Ordinal));
        Assert.Equal("id", wire["Id"]);

        var json = "{\"id\":\"lower\",\"Id\":7,\"ID\":true,\"displayName\":\"d\"}";
        foreach (var options in new[] { _compiled.ContextOnly(), _compiled.Assembly.JsonOptions(Root), Configured(new JsonSerializerOptions(JsonSerializerDefaults.Web)) })
        {
            var info = options.GetTypeInfo(type);
            Assert.Equal(new[] { "ID", "Id", "displayName", "id" }, info.Properties.Select(p => p.Name).Order(StringComparer.Ordinal));
            var value = JsonSerializer.Deserialize(json, type, options)!;
            var byWire = info.Properties.ToDictionary(p => p.Name, p => p.Get!(value));
            Assert.Equal("lower", byWire["id"]);
            Assert.Equal(7, byWire["Id"]);
            Assert.Equal(true, byWire["ID"]);
            Assert.Equal(json, JsonSerializer.Serialize(value, type, options));
        }
    }

    /// <summary>ASP.NET Core's web defaults (case-insensitive) after <c>SpecdownJson.Configure</c>.</summary>
    private JsonSerializerOptions Configured(JsonSerializerOptions options)
    {
        _compiled.Assembly.Type(Root + ".Serialization.SpecdownJson").GetMethod("Configure")!.Invoke(null, new object[] { options });
        Assert.Same(_compiled.Context, options.TypeInfoResolverChain[0]);
        return options;
    }

    private Type Generated(string name) => _compiled.Assembly.Type(Root + "." + name);
}
