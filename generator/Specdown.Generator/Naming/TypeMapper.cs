using Specdown.Generator.Specs;
using Specdown.Model;

namespace Specdown.Generator.Naming;

/// <summary>
/// Maps a documented type to C#: Edm primitives to BCL types, named types to the generated class or enum, anything
/// unresolved or unclassified to <c>global::System.Text.Json.JsonElement</c> (never fails).
/// </summary>
internal static class TypeMapper
{
    public const string JsonElement = "global::System.Text.Json.JsonElement";

    public static ClrType Map(TypeRefSpec type, TypeNameTable names, string fromPath, string fromNamespace)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                return MapPrimitive(type.Name, type.IsCollection);
            case TypeRefKind.Named:
                if (names.Resolve(type, fromPath, fromNamespace) is { } entry)
                {
                    return new ClrType(entry.GlobalName, entry.IsEnum, type.IsCollection, false);
                }

                // A named type no page documents may still be a primitive spelled as a name.
                return PrimitiveTypes.Normalize(type.Name) is { } primitive
                    ? MapPrimitive(primitive, type.IsCollection)
                    : new ClrType(JsonElement, true, type.IsCollection, false);
            default:
                return new ClrType(JsonElement, true, type.IsCollection, false);
        }
    }

    public static ClrType MapPrimitive(string name, bool isCollection)
    {
        switch (PrimitiveTypes.Normalize(name) ?? name)
        {
            case PrimitiveTypes.String: return new ClrType("string", false, isCollection, false);
            case PrimitiveTypes.Boolean: return new ClrType("bool", true, isCollection, false);
            case PrimitiveTypes.Int16: return new ClrType("short", true, isCollection, false);
            case PrimitiveTypes.Int32: return new ClrType("int", true, isCollection, false);
            case PrimitiveTypes.Int64: return new ClrType("long", true, isCollection, false);
            case PrimitiveTypes.Byte: return new ClrType("byte", true, isCollection, false);
            case PrimitiveTypes.SByte: return new ClrType("sbyte", true, isCollection, false);
            case PrimitiveTypes.Double: return new ClrType("double", true, isCollection, false);
            case PrimitiveTypes.Single: return new ClrType("float", true, isCollection, false);
            case PrimitiveTypes.Decimal: return new ClrType("decimal", true, isCollection, false);
            case PrimitiveTypes.DateTimeOffset: return new ClrType("global::System.DateTimeOffset", true, isCollection, false);
            case PrimitiveTypes.Date: return new ClrType("global::System.DateOnly", true, isCollection, false);
            case PrimitiveTypes.TimeOfDay: return new ClrType("global::System.TimeOnly", true, isCollection, false);
            case PrimitiveTypes.Duration: return new ClrType("global::System.TimeSpan", true, isCollection, true);
            case PrimitiveTypes.Guid: return new ClrType("global::System.Guid", true, isCollection, false);
            case PrimitiveTypes.Binary:
            case PrimitiveTypes.Stream: return new ClrType("byte[]", false, isCollection, false);
            default: return new ClrType(JsonElement, true, isCollection, false);
        }
    }
}
