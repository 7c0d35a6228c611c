namespace Specdown.Generator.Emitting;

/// <summary>
/// The fixed part of the generated <c>SpecdownJsonContext</c> (indented one level, inside a namespace): the context
/// plumbing and the small generic helpers every per-type metadata class calls, so that the per-type code stays one
/// line per property. The model list (<c>AddModels…</c>) is written by <see cref="JsonContextEmitter"/>.
/// </summary>
internal static class JsonContextTemplates
{
    public const string Context = """
    /// <summary>
    /// The System.Text.Json metadata of every generated DTO and enum, built with
    /// <see cref="global::System.Text.Json.Serialization.Metadata.JsonMetadataServices"/> the way the System.Text.Json
    /// source generator does it: no reflection, safe for trimming and native AOT. It also resolves
    /// <c>IList&lt;T&gt;</c>, <c>List&lt;T&gt;</c>, <c>T[]</c>, <c>Nullable&lt;T&gt;</c> and
    /// <c>SpecdownCollectionResponse&lt;T&gt;</c> of those types, the primitives the DTOs use and extension data.
    /// </summary>
    [GeneratedCode]
    public sealed partial class SpecdownJsonContext : global::System.Text.Json.Serialization.JsonSerializerContext, global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver
    {
        private static readonly global::System.Text.Json.JsonSerializerOptions s_defaultOptions = CreateDefaultOptions();

        private static global::System.Collections.Generic.Dictionary<global::System.Type, Factory>? s_entries;

        /// <summary>The context bound to its own options (the Specdown settings).</summary>
        public static SpecdownJsonContext Default { get; } = new SpecdownJsonContext(new global::System.Text.Json.JsonSerializerOptions(s_defaultOptions));

        public SpecdownJsonContext()
            : base(null)
        {
        }

        public SpecdownJsonContext(global::System.Text.Json.JsonSerializerOptions options)
            : base(options)
        {
        }

        /// <summary>The shapes of a generated or primitive type that the context resolves.</summary>
        internal enum Shape
        {
            Self,
            Nullable,
            IList,
            List,
            Array,
            Envelope,
        }

        internal delegate global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Factory(global::System.Text.Json.JsonSerializerOptions options, Shape shape);

        protected override global::System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => s_defaultOptions;

        /// <inheritdoc/>
        public override global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type)
        {
            Options.TryGetTypeInfo(type, out var typeInfo);
            return typeInfo;
        }

        global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? global::System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)
        {
            var typeInfo = Resolve(type, options);
    #if NET9_0_OR_GREATER
            if (typeInfo is not null) typeInfo.OriginatingResolver = this;
    #endif
            return typeInfo;
        }

        private static global::System.Text.Json.JsonSerializerOptions CreateDefaultOptions()
        {
            var options = new global::System.Text.Json.JsonSerializerOptions { DefaultIgnoreCondition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    #if NET9_0_OR_GREATER
            options.AllowOutOfOrderMetadataProperties = true;
    #endif
            return options;
        }

        private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Resolve(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)
        {
            var entries = global::System.Threading.Volatile.Read(ref s_entries);
            if (entries is null)
            {
                entries = CreateEntries();
                global::System.Threading.Volatile.Write(ref s_entries, entries);
            }

            if (entries.TryGetValue(type, out var exact)) return exact(options, Shape.Self);
            global::System.Type element;
            Shape shape;
            if (type.IsSZArray)
            {
                element = type.GetElementType()!;
                shape = Shape.Array;
            }
            else if (type.IsConstructedGenericType)
            {
                var definition = type.GetGenericTypeDefinition();
                if (definition == typeof(global::System.Nullable<>)) shape = Shape.Nullable;
                else if (definition == typeof(global::System.Collections.Generic.IList<>)) shape = Shape.IList;
                else if (definition == typeof(global::System.Collections.Generic.List<>)) shape = Shape.List;
                else if (definition == typeof(SpecdownCollectionResponse<>)) shape = Shape.Envelope;
                else return null;
                element = type.GetGenericArguments()[0];
            }
            else
            {
                return null;
            }

            return entries.TryGetValue(element, out var factory) ? factory(options, shape) : null;
        }

        private static void AddPrimitives(global::System.Collections.Generic.Dictionary<global::System.Type, Factory> map)
        {
            map.Add(typeof(string), static (o, s) => Reference(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.StringConverter));
            map.Add(typeof(byte[]), static (o, s) => Reference(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.ByteArrayConverter));
            map.Add(typeof(bool), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.BooleanConverter));
            map.Add(typeof(byte), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.ByteConverter));
            map.Add(typeof(sbyte), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.SByteConverter));
            map.Add(typeof(short), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.Int16Converter));
            map.Add(typeof(int), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.Int32Converter));
            map.Add(typeof(long), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.Int64Converter));
            map.Add(typeof(float), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.SingleConverter));
            map.Add(typeof(double), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.DoubleConverter));
            map.Add(typeof(decimal), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.DecimalConverter));
            map.Add(typeof(global::System.DateTimeOffset), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.DateTimeOffsetConverter));
            map.Add(typeof(global::System.DateOnly), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.DateOnlyConverter));
            map.Add(typeof(global::System.TimeOnly), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.TimeOnlyConverter));
            map.Add(typeof(global::System.TimeSpan), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.TimeSpanConverter));
            map.Add(typeof(global::System.Guid), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.GuidConverter));
            map.Add(typeof(global::System.Text.Json.JsonElement), static (o, s) => Value(o, s, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.JsonElementConverter));
            map.Add(typeof(global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>), static (o, s) => s == Shape.Self ? ExtensionData(o) : Collection<global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>>(o, s));
        }

        /// <summary>Registers a generated class: the type itself and its collection shapes.</summary>
        internal static void Add<T>(global::System.Collections.Generic.Dictionary<global::System.Type, Factory> map, global::System.Func<global::System.Text.Json.JsonSerializerOptions, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>> create)
            where T : class =>
            map.Add(typeof(T), (options, shape) => Model(options, shape, create));

        /// <summary>The metadata of a generated class (or one of its collection shapes).</summary>
        internal static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Model<T>(global::System.Text.Json.JsonSerializerOptions options, Shape shape, global::System.Func<global::System.Text.Json.JsonSerializerOptions, global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>> create)
            where T : class =>
            shape == Shape.Self ? create(options) : Collection<T>(options, shape);

        /// <summary>A value type read and written by <paramref name="converter"/> (a primitive or a generated enum).</summary>
        internal static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Value<T>(global::System.Text.Json.JsonSerializerOptions options, Shape shape, global::System.Text.Json.Serialization.JsonConverter<T> converter)
            where T : struct
        {
            switch (shape)
            {
                case Shape.Self:
                    return Custom<T>(options) ?? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<T>(options, converter);
                case Shape.Nullable:
                    return Custom<T?>(options) ?? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<T?>(options, global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.GetNullableConverter<T>(options));
                default:
                    return Collection<T>(options, shape);
            }
        }

        private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Reference<T>(global::System.Text.Json.JsonSerializerOptions options, Shape shape, global::System.Text.Json.Serialization.JsonConverter<T> converter)
            where T : class? =>
            shape == Shape.Self
                ? Custom<T>(options) ?? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<T>(options, converter)
                : Collection<T>(options, shape);

        private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Collection<T>(global::System.Text.Json.JsonSerializerOptions options, Shape shape)
        {
            switch (shape)
            {
                case Shape.IList:
                    return Custom<global::System.Collections.Generic.IList<T>>(options)
                        ?? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateIListInfo<global::System.Collections.Generic.IList<T>, T>(options, new global::System.Text.Json.Serialization.Metadata.JsonCollectionInfoValues<global::System.Collections.Generic.IList<T>>());
                case Shape.List:
                    return Custom<global::System.Collections.Generic.List<T>>(options)
                        ?? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateListInfo<global::System.Collections.Generic.List<T>, T>(options, new global::System.Text.Json.Serialization.Metadata.JsonCollectionInfoValues<global::System.Collections.Generic.List<T>> { ObjectCreator = static () => new global::System.Collections.Generic.List<T>() });
                case Shape.Array:
                    return Custom<T[]>(options)
                        ?? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateArrayInfo<T>(options, new global::System.Text.Json.Serialization.Metadata.JsonCollectionInfoValues<T[]>());
                case Shape.Envelope:
                    return Envelope<T>(options);
                default:
                    return null;
            }
        }

        private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<SpecdownCollectionResponse<T>> Envelope<T>(global::System.Text.Json.JsonSerializerOptions options) =>
            Object<SpecdownCollectionResponse<T>>(options, static () => new SpecdownCollectionResponse<T>(), static (o, properties) =>
            {
                var p = new Properties<SpecdownCollectionResponse<T>>(o, properties);
                p.Add<global::System.Collections.Generic.IList<T>?>("Value", "value", static r => r.Value, static (r, v) => r.Value = v);
                p.Add<string?>("NextLink", "@odata.nextLink", static r => r.NextLink, static (r, v) => r.NextLink = v);
            });

        private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo ExtensionData(global::System.Text.Json.JsonSerializerOptions options) =>
            Custom<global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>>(options)
                ?? global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateIDictionaryInfo<global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>, string, global::System.Text.Json.JsonElement>(
                    options,
                    new global::System.Text.Json.Serialization.Metadata.JsonCollectionInfoValues<global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>> { ObjectCreator = static () => new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>() });

        /// <summary>An object contract: creation (null for abstract types), properties (base first), polymorphism.</summary>
        internal static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> Object<T>(
            global::System.Text.Json.JsonSerializerOptions options,
            global::System.Func<T>? create,
            global::System.Action<global::System.Text.Json.JsonSerializerOptions, global::System.Collections.Generic.List<global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo>> properties,
            global::System.Text.Json.Serialization.Metadata.JsonPolymorphismOptions? polymorphism = null)
            where T : class
        {
            if (Custom<T>(options) is { } custom) return custom;
            var values = new global::System.Text.Json.Serialization.Metadata.JsonObjectInfoValues<T>
            {
                ObjectCreator = create,
                PropertyMetadataInitializer = _ =>
                {
                    var list = new global::System.Collections.Generic.List<global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo>();
                    properties(options, list);
                    return list.ToArray();
                },
            };
            var typeInfo = global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateObjectInfo<T>(options, values);
            if (polymorphism is not null) typeInfo.PolymorphismOptions = polymorphism;
            return typeInfo;
        }

        /// <summary>One property: exact wire name, getter and setter delegates, optional converter; nulls are not written unless required.</summary>
        internal static global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo Property<T>(
            global::System.Text.Json.JsonSerializerOptions options,
            global::System.Type declaringType,
            string name,
            string? wireName,
            global::System.Func<object, T?> getter,
            global::System.Action<object, T?> setter,
            global::System.Text.Json.Serialization.JsonConverter? converter = null,
            bool required = false,
            bool extensionData = false)
        {
            var values = new global::System.Text.Json.Serialization.Metadata.JsonPropertyInfoValues<T>
            {
                IsProperty = true,
                IsPublic = true,
                IsVirtual = false,
                DeclaringType = declaringType,
                Converter = (global::System.Text.Json.Serialization.JsonConverter<T>?)converter,
                Getter = getter,
                Setter = setter,
                IgnoreCondition = required || extensionData ? null : global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
                HasJsonInclude = false,
                IsExtensionData = extensionData,
                NumberHandling = null,
                PropertyName = name,
                JsonPropertyName = extensionData ? null : wireName,
            };
            var property = global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreatePropertyInfo<T>(options, values);
            if (required) property.IsRequired = true;
            return property;
        }

        /// <summary>Adds the properties <typeparamref name="TOwner"/> declares, one call per property (keeps the generated metadata compact).</summary>
        internal readonly struct Properties<TOwner>
            where TOwner : class
        {
            private readonly global::System.Text.Json.JsonSerializerOptions _options;
            private readonly global::System.Collections.Generic.List<global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo> _list;

            public Properties(global::System.Text.Json.JsonSerializerOptions options, global::System.Collections.Generic.List<global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo> list)
            {
                _options = options;
                _list = list;
            }

            public void Add<T>(string name, string wireName, global::System.Func<TOwner, T?> getter, global::System.Action<TOwner, T?> setter, global::System.Text.Json.Serialization.JsonConverter? converter = null, bool required = false) =>
                _list.Add(Property<T>(_options, typeof(TOwner), name, wireName, obj => getter((TOwner)obj), (obj, value) => setter((TOwner)obj, value), converter, required));

            public void AddExtensionData(string name, global::System.Func<TOwner, global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>?> getter, global::System.Action<TOwner, global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>?> setter) =>
                _list.Add(Property<global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>?>(_options, typeof(TOwner), name, null, obj => getter((TOwner)obj), (obj, value) => setter((TOwner)obj, value), extensionData: true));
        }

        /// <summary>The <c>@odata.type</c> polymorphism of a base type: unknown discriminators fall back to the nearest known ancestor.</summary>
        internal static global::System.Text.Json.Serialization.Metadata.JsonPolymorphismOptions Polymorphism(params (global::System.Type Type, string Discriminator)[] derivedTypes)
        {
            var polymorphism = new global::System.Text.Json.Serialization.Metadata.JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "@odata.type",
                IgnoreUnrecognizedTypeDiscriminators = true,
                UnknownDerivedTypeHandling = global::System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor,
            };
            foreach (var derived in derivedTypes) polymorphism.DerivedTypes.Add(new global::System.Text.Json.Serialization.Metadata.JsonDerivedType(derived.Type, derived.Discriminator));
            return polymorphism;
        }

        /// <summary>A converter the caller added to <see cref="global::System.Text.Json.JsonSerializerOptions.Converters"/> wins, as in generated STJ contexts.</summary>
        private static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>? Custom<T>(global::System.Text.Json.JsonSerializerOptions options)
        {
            var converters = options.Converters;
            for (var i = 0; i < converters.Count; i++)
            {
                var converter = converters[i];
                if (converter is null || !converter.CanConvert(typeof(T))) continue;
                if (converter is global::System.Text.Json.Serialization.JsonConverterFactory factory)
                {
                    converter = factory.CreateConverter(typeof(T), options)
                        ?? throw new global::System.InvalidOperationException("The converter factory " + factory.GetType() + " returned null for " + typeof(T) + ".");
                }

                return global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<T>(options, converter);
            }

            return null;
        }

""";
}
