using System.Collections.Generic;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits one DTO: a partial class with its base, <c>[JsonPropertyName]</c> on every property, polymorphism on
/// <c>@odata.type</c> when derived types exist, extension data for open types.
/// </summary>
internal static class DtoEmitter
{
    public static GeneratedSource? Emit(TypeSpec spec, TypeIndex index)
    {
        var names = index.Names;
        if (names.FindByFullName(spec.FullName) is not { IsEnum: false } entry)
        {
            return null;
        }

        // A part of a file (see ModelFiles): the header is written once per file.
        var writer = new SourceWriter();
        writer.OpenBlock("namespace " + entry.CSharpNamespace);
        DocComments.WriteSummary(writer, spec.Description);
        WritePolymorphism(writer, entry, names);
        writer.WriteLine(EmitterConstants.GeneratedCode);
        var baseType = names.GetBase(entry);
        var modifiers = spec.IsAbstract ? "public abstract partial class " : "public partial class ";
        writer.OpenBlock(modifiers + entry.CSharpName + (baseType is null ? string.Empty : " : " + baseType.GlobalName));
        var members = Members(spec, entry, names);
        var plan = names.GetMembers(entry);
        WriteProperties(writer, members, plan.ExtensionDataName, index.RootNamespace);
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        var root = index.RootNamespace;
        var target = new MetadataTarget(
            entry.GlobalName,
            spec.IsAbstract,
            baseType is null ? null : EmitterConstants.MetadataClass(root, baseType),
            members,
            plan.ExtensionDataName,
            names.GetDerived(entry));
        writer.OpenBlock("namespace " + EmitterConstants.MetadataNamespace(root, entry.RelativeNamespace));
        JsonMetadataWriter.WriteClass(writer, EmitterConstants.MetadataClassName(entry), "internal", target, root);
        writer.CloseBlock();
        return new GeneratedSource(HintNames.Model(entry), writer.ToString());
    }

    private static void WritePolymorphism(SourceWriter writer, TypeEntry entry, TypeNameTable names)
    {
        var derived = names.GetDerived(entry);
        if (derived.Count == 0)
        {
            return;
        }

        writer.WriteLine("[global::System.Text.Json.Serialization.JsonPolymorphic(TypeDiscriminatorPropertyName = \"@odata.type\", IgnoreUnrecognizedTypeDiscriminators = true, UnknownDerivedTypeHandling = global::System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor)]");
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var type in derived)
        {
            var discriminator = "#" + type.FullName;
            if (seen.Add(discriminator))
            {
                writer.WriteLine("[global::System.Text.Json.Serialization.JsonDerivedType(typeof(" + type.GlobalName + "), " + CSharpLiteral.String(discriminator) + ")]");
            }
        }
    }

    /// <summary>The own properties in declaration order, each with its C# name and type.</summary>
    private static List<MetadataMember> Members(TypeSpec spec, TypeEntry entry, TypeNameTable names)
    {
        var byWire = ByWireName(spec);
        var members = new List<MetadataMember>();
        foreach (var member in names.GetMembers(entry).Own)
        {
            if (byWire.TryGetValue(member.Key, out var property))
            {
                members.Add(new MetadataMember(property, member.Value, TypeMapper.Map(property.Type, names, spec.SourcePath, spec.Namespace)));
            }
        }

        return members;
    }

    private static void WriteProperties(SourceWriter writer, List<MetadataMember> members, string? extensionDataName, string root)
    {
        var first = true;
        foreach (var member in members)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteProperty(writer, member.Property, member.Name, member.Type, root);
        }

        if (extensionDataName is { } extension)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            writer.WriteLine("/// <summary>Members the docs do not list (this is an open type).</summary>");
            writer.WriteLine("[global::System.Text.Json.Serialization.JsonExtensionData]");
            writer.WriteLine("public global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? " + extension + " { get; set; }");
        }
    }

    /// <summary>The first property of each wire name (a dictionary, not a scan per member: linear in the property count).</summary>
    private static Dictionary<string, PropertySpec> ByWireName(TypeSpec spec)
    {
        var byWire = new Dictionary<string, PropertySpec>(System.StringComparer.Ordinal);
        foreach (var property in spec.Properties)
        {
            if (!byWire.ContainsKey(property.WireName))
            {
                byWire[property.WireName] = property;
            }
        }

        return byWire;
    }

    internal static void WriteProperty(SourceWriter writer, PropertySpec property, string name, ClrType type, string root)
    {
        DocComments.WriteSummary(writer, property.Description);
        if (property.IsDeprecated)
        {
            writer.WriteLine("[global::System.Obsolete]");
        }

        writer.WriteLine("[" + EmitterConstants.JsonPropertyName + "(" + CSharpLiteral.String(property.WireName) + ")]");
        if (property.IsRequired)
        {
            writer.WriteLine("[global::System.Text.Json.Serialization.JsonRequired]");
        }

        if (type.IsDuration)
        {
            var converter = EmitterConstants.DurationConverter(root, nullable: !property.IsRequired, collection: type.IsCollection);
            writer.WriteLine("[" + EmitterConstants.JsonConverter + "(typeof(" + converter + "))]");
        }

        var declared = type.Declare(property.IsRequired);
        var required = property.IsRequired ? "required " : string.Empty;
        writer.WriteLine("public " + required + declared + " " + name + " { get; set; }");
    }
}
