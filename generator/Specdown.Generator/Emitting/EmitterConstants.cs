namespace Specdown.Generator.Emitting;

/// <summary>Text shared by every emitter: the generated-code attribute and infrastructure type names.</summary>
internal static class EmitterConstants
{
    public static readonly string Version = typeof(EmitterConstants).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static readonly string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"Specdown\", \"" + Version + "\")]";

    public const string JsonPropertyName = "global::System.Text.Json.Serialization.JsonPropertyName";
    public const string JsonConverter = "global::System.Text.Json.Serialization.JsonConverter";

    public static string SerializationNamespace(string root) => root + "." + Naming.NamespaceNames.Serialization;

    public static string DurationConverter(string root, bool nullable, bool collection) =>
        "global::" + SerializationNamespace(root) + "." + (collection ? "DurationListJsonConverter" : nullable ? "NullableDurationJsonConverter" : "DurationJsonConverter");

    public static string JsonOptions(string root) => "global::" + SerializationNamespace(root) + ".SpecdownJson";

    public static string EnumConverterNamespace(string root, string relativeNamespace) =>
        Naming.NamespaceNames.Combine(SerializationNamespace(root) + ".Enums", relativeNamespace);
}
