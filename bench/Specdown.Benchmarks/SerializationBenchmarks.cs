using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace Specdown.Benchmarks;

/// <summary>
/// The DTOs Specdown generates from Specs/*.md (System.Text.Json with <c>SpecdownJson.Options</c>, whose only resolver
/// is the generated <c>SpecdownJsonContext</c>: JsonMetadataServices metadata, no reflection) against
/// Microsoft.Graph 6.10.0's Kiota models (JsonParseNode / JsonSerializationWriter) on the same JSON responses
/// (Samples/*.json: chat, chatMessage, user, group, written for the benchmark). Kiota is the baseline of each category.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private byte[] _json = Array.Empty<byte>();
    private object _specdown = new();
    private IParsable _kiota = null!;
    private Type _specdownType = typeof(object);

    [Params("chat", "chatMessage", "user", "group")]
    public string Resource { get; set; } = "chat";

    [GlobalSetup]
    public void Setup()
    {
        _json = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", Resource + ".json"));
        _specdownType = Resource switch
        {
            "chat" => typeof(Bench.Dtos.Chat),
            "chatMessage" => typeof(Bench.Dtos.ChatMessage),
            "user" => typeof(Bench.Dtos.User),
            _ => typeof(Bench.Dtos.Group),
        };
        _specdown = SpecdownDeserialize()!;
        _kiota = KiotaDeserialize();
    }

    [BenchmarkCategory("Deserialize"), Benchmark(Baseline = true)]
    public IParsable KiotaDeserialize()
    {
        using var document = JsonDocument.Parse(_json);
        var node = new JsonParseNode(document.RootElement);
        return Resource switch
        {
            "chat" => node.GetObjectValue(Microsoft.Graph.Models.Chat.CreateFromDiscriminatorValue)!,
            "chatMessage" => node.GetObjectValue(Microsoft.Graph.Models.ChatMessage.CreateFromDiscriminatorValue)!,
            "user" => node.GetObjectValue(Microsoft.Graph.Models.User.CreateFromDiscriminatorValue)!,
            _ => node.GetObjectValue(Microsoft.Graph.Models.Group.CreateFromDiscriminatorValue)!,
        };
    }

    [BenchmarkCategory("Deserialize"), Benchmark]
    public object? SpecdownDeserialize() => JsonSerializer.Deserialize(_json, _specdownType, Bench.Dtos.Serialization.SpecdownJson.Options);

    [BenchmarkCategory("Serialize"), Benchmark(Baseline = true)]
    public long KiotaSerialize()
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, _kiota);
        using var stream = writer.GetSerializedContent();
        return stream.Length;
    }

    [BenchmarkCategory("Serialize"), Benchmark]
    public long SpecdownSerialize() => JsonSerializer.SerializeToUtf8Bytes(_specdown, _specdownType, Bench.Dtos.Serialization.SpecdownJson.Options).Length;
}
