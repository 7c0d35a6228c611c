using System.Text.Json.Serialization;
using Specdown.Model;

namespace Specdown.Cli.Output;

/// <summary>Source-generated serialization metadata for the model records written by <c>specdown model</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    MaxDepth = 1024,
    Converters = new[] { typeof(DiagnosticInfoJsonConverter) })]
[JsonSerializable(typeof(PageModel))]
[JsonSerializable(typeof(TypeDefinition))]
[JsonSerializable(typeof(EnumDefinition))]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
