namespace Specdown.Generator.Emitting;

/// <summary>The fixed source text of the infrastructure types (indented one level, inside a namespace).</summary>
internal static class SupportTemplates
{
    public const string Json = """
    /// <summary>
    /// The JSON options for the generated DTOs: exact wire names, nulls omitted, <c>@odata.type</c> accepted anywhere
    /// in an object, and the generated <see cref="SpecdownJsonContext"/> as the metadata source (no reflection, safe
    /// for trimming and native AOT).
    /// </summary>
    [GeneratedCode]
    public static class SpecdownJson
    {
        private static global::System.Text.Json.JsonSerializerOptions? _options;

        /// <summary>Shared, read-only options (metadata from <see cref="SpecdownJsonContext"/>).</summary>
        public static global::System.Text.Json.JsonSerializerOptions Options => _options ??= CreateReadOnly();

        /// <summary>
        /// Applies the Specdown settings to <paramref name="options"/> (e.g. ASP.NET Core's JSON options) and puts
        /// <see cref="SpecdownJsonContext"/> first in its resolver chain. Wire names are matched exactly (case-sensitively):
        /// the docs may define properties whose names differ only by case.
        /// </summary>
        public static global::System.Text.Json.JsonSerializerOptions Configure(global::System.Text.Json.JsonSerializerOptions options)
        {
            options.DefaultIgnoreCondition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            options.PropertyNameCaseInsensitive = false;
    #if NET9_0_OR_GREATER
            options.AllowOutOfOrderMetadataProperties = true;
    #endif
            if (!options.TypeInfoResolverChain.Contains(SpecdownJsonContext.Default))
            {
                options.TypeInfoResolverChain.Insert(0, SpecdownJsonContext.Default);
            }

            return options;
        }

        /// <summary>New options with the Specdown settings (metadata from <see cref="SpecdownJsonContext"/> only).</summary>
        public static global::System.Text.Json.JsonSerializerOptions Create() => Configure(new global::System.Text.Json.JsonSerializerOptions());

        /// <summary>The metadata of <typeparamref name="T"/> in <see cref="Options"/> (for the trimming-safe <c>JsonSerializer</c> overloads).</summary>
        public static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> TypeInfo<T>() =>
            (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

        private static global::System.Text.Json.JsonSerializerOptions? _responseOptions;

        /// <summary>
        /// Shared, read-only options for reading a service's responses: the same metadata, except that the members the
        /// docs mark required are not demanded. Reference tables say "Required" for what a create request must send,
        /// and responses routinely leave such properties out; request bodies and contract tests keep <see cref="Options"/>.
        /// </summary>
        public static global::System.Text.Json.JsonSerializerOptions ResponseOptions => _responseOptions ??= CreateResponseOptions();

        /// <summary>The metadata of <typeparamref name="T"/> in <see cref="ResponseOptions"/>.</summary>
        public static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> ResponseTypeInfo<T>() =>
            (global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)ResponseOptions.GetTypeInfo(typeof(T));

        private static global::System.Text.Json.JsonSerializerOptions CreateResponseOptions()
        {
            var options = Create();
            options.TypeInfoResolver = global::System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(SpecdownJsonContext.Default, static info =>
            {
                foreach (var property in info.Properties)
                {
                    property.IsRequired = false;
                }
            });
            options.MakeReadOnly();
            return options;
        }

        private static global::System.Text.Json.JsonSerializerOptions CreateReadOnly()
        {
            var options = Create();
            options.MakeReadOnly();
            return options;
        }
    }

""";

    public const string Duration = """
    /// <summary>ISO 8601 durations (<c>P1DT2H</c>, <c>PT30M</c>) as <see cref="global::System.TimeSpan"/>.</summary>
    [GeneratedCode]
    public sealed class DurationJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::System.TimeSpan>
    {
        public static global::System.TimeSpan Parse(string? text)
        {
            if (string.IsNullOrEmpty(text)) throw new global::System.Text.Json.JsonException("Empty duration.");
            try { return global::System.Xml.XmlConvert.ToTimeSpan(text!.Trim()); }
            catch (global::System.FormatException e) { throw new global::System.Text.Json.JsonException("Invalid ISO 8601 duration: " + text, e); }
            catch (global::System.OverflowException e) { throw new global::System.Text.Json.JsonException("ISO 8601 duration out of range: " + text, e); }
        }

        public static string Format(global::System.TimeSpan value) => global::System.Xml.XmlConvert.ToString(value);

        public override global::System.TimeSpan Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => Parse(reader.GetString());

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::System.TimeSpan value, global::System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(Format(value));
    }

    /// <summary>Nullable ISO 8601 durations.</summary>
    [GeneratedCode]
    public sealed class NullableDurationJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::System.TimeSpan?>
    {
        public override bool HandleNull => true;

        public override global::System.TimeSpan? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>
            reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : DurationJsonConverter.Parse(reader.GetString());

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::System.TimeSpan? value, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (value is { } duration) writer.WriteStringValue(DurationJsonConverter.Format(duration));
            else writer.WriteNullValue();
        }
    }

    /// <summary>Collections of ISO 8601 durations.</summary>
    [GeneratedCode]
    public sealed class DurationListJsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::System.Collections.Generic.IList<global::System.TimeSpan>>
    {
        public override global::System.Collections.Generic.IList<global::System.TimeSpan>? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray) throw new global::System.Text.Json.JsonException("Expected an array of durations.");
            var list = new global::System.Collections.Generic.List<global::System.TimeSpan>();
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                list.Add(DurationJsonConverter.Parse(reader.GetString()));
            }

            return list;
        }

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IList<global::System.TimeSpan> value, global::System.Text.Json.JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value) writer.WriteStringValue(DurationJsonConverter.Format(item));
            writer.WriteEndArray();
        }
    }

""";

    public const string Collection = """
    /// <summary>The OData collection envelope: <c>{ "value": [...], "@odata.nextLink": "..." }</c>.</summary>
    [GeneratedCode]
    public sealed class SpecdownCollectionResponse<T>
    {
        [global::System.Text.Json.Serialization.JsonPropertyName("value")]
        public global::System.Collections.Generic.IList<T>? Value { get; set; }

        [global::System.Text.Json.Serialization.JsonPropertyName("@odata.nextLink")]
        public string? NextLink { get; set; }
    }

""";

    public const string ApiException = """
    /// <summary>Thrown by the generated clients when the response status is not the documented one.</summary>
    [GeneratedCode]
    public sealed class SpecdownApiException : global::System.Exception
    {
        public SpecdownApiException(int statusCode, int expectedStatusCode, string? body)
            : base("The API returned HTTP " + statusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "; the docs promise " + expectedStatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".")
        {
            StatusCode = statusCode;
            ExpectedStatusCode = expectedStatusCode;
            Body = body;
        }

        public int StatusCode { get; }

        public int ExpectedStatusCode { get; }

        public string? Body { get; }
    }

""";
}
