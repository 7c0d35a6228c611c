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

    public static string JsonContext(string root) => "global::" + SerializationNamespace(root) + ".SpecdownJsonContext";

    /// <summary>The namespace of the JSON metadata classes of the types of one relative namespace.</summary>
    public static string MetadataNamespace(string root, string relativeNamespace) =>
        Naming.NamespaceNames.Combine(SerializationNamespace(root) + ".Metadata", relativeNamespace);

    public static string MetadataClassName(Naming.TypeEntry entry) => entry.CSharpName + "JsonMetadata";

    /// <summary><c>global::Root.Serialization.Metadata[.Sub].TypeJsonMetadata</c>.</summary>
    public static string MetadataClass(string root, Naming.TypeEntry entry) =>
        "global::" + MetadataNamespace(root, entry.RelativeNamespace) + "." + MetadataClassName(entry);

    /// <summary>The class holding the JSON metadata of one group's generated request bodies (in the serialization namespace).</summary>
    public static string GroupMetadataClassName(string group) => group + "OperationsJsonMetadata";

    /// <summary><c>global::Root.Serialization.Enums[.Sub].EnumJsonConverter</c>.</summary>
    public static string EnumConverter(string root, Naming.TypeEntry entry) =>
        "global::" + EnumConverterNamespace(root, entry.RelativeNamespace) + "." + entry.CSharpName + "JsonConverter";

    public static string EnumConverterNamespace(string root, string relativeNamespace) =>
        Naming.NamespaceNames.Combine(SerializationNamespace(root) + ".Enums", relativeNamespace);
}
