using System.Collections.Generic;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Writes the static class that builds one generated class's System.Text.Json contract through
/// <c>JsonMetadataServices</c> (creation, one line per property with getter and setter delegates, polymorphism), the
/// way the System.Text.Json source generator does it. The helpers it calls live in the generated
/// <c>SpecdownJsonContext</c> (<see cref="JsonContextTemplates"/>), which finds the class through its model list.
/// </summary>
internal static class JsonMetadataWriter
{
    private const string Options = "global::System.Text.Json.JsonSerializerOptions";
    private const string PropertyList = "global::System.Collections.Generic.List<global::System.Text.Json.Serialization.Metadata.JsonPropertyInfo>";
    private const string Context = "SpecdownJsonContext";

    public static void WriteClass(SourceWriter writer, string className, string visibility, MetadataTarget target, string root)
    {
        var type = target.GlobalType;
        writer.WriteLine("/// <summary>The JSON contract of <see cref=\"" + type + "\"/>, built without reflection.</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock(visibility + " static class " + className);
        if (!target.IsAbstract)
        {
            // The constructor through an accessor: `new T()` does not compile when T has `required` members.
            writer.WriteLine("[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Constructor)]");
            writer.WriteLine("private static extern " + type + " New();");
            writer.WriteLine();
        }

        writer.WriteLine("public static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<" + type + "> Create(" + Options + " options) =>");
        writer.Indent();
        var create = Context + ".Object<" + type + ">(options, " + (target.IsAbstract ? "null" : "New") + ", AddProperties";
        if (target.Derived.Count == 0)
        {
            writer.WriteLine(create + ");");
        }
        else
        {
            writer.WriteLine(create + ", " + Context + ".Polymorphism(");
            WriteDerived(writer, target.Derived);
        }

        writer.Unindent();
        writer.WriteLine();
        writer.OpenBlock("public static void AddProperties(" + Options + " options, " + PropertyList + " properties)");
        if (target.BaseMetadataClass is { } baseClass)
        {
            writer.WriteLine(baseClass + ".AddProperties(options, properties);");
        }

        if (target.Members.Count > 0 || target.ExtensionDataName is not null)
        {
            writer.WriteLine("var p = new " + Context + ".Properties<" + type + ">(options, properties);");
        }

        foreach (var member in target.Members)
        {
            WriteProperty(writer, member, root);
        }

        if (target.ExtensionDataName is { } extension)
        {
            writer.WriteLine("p.AddExtensionData(" + CSharpLiteral.String(Plain(extension)) + ", " + Accessors(extension) + ");");
        }

        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteDerived(SourceWriter writer, IReadOnlyList<TypeEntry> derived)
    {
        writer.Indent();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var entry in derived)
        {
            var discriminator = "#" + entry.FullName;
            if (seen.Add(discriminator))
            {
                lines.Add("(typeof(" + entry.GlobalName + "), " + CSharpLiteral.String(discriminator) + ")");
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            writer.WriteLine(lines[i] + (i == lines.Count - 1 ? "));" : ","));
        }

        writer.Unindent();
    }

    private static void WriteProperty(SourceWriter writer, MetadataMember member, string root)
    {
        var property = member.Property;
        var name = member.Name; // an identifier: letters, digits and '_' only, so it needs no escaping in a literal
        writer.StartLine().Append("p.Add<").Append(member.Type.Declare(property.IsRequired)).Append(">(")
            .Append("\"").Append(Plain(name)).Append("\", ").Append(CSharpLiteral.String(property.WireName))
            .Append(", static o => o.").Append(name).Append(", static (o, v) => o.").Append(name).Append(" = v!");
        if (member.Type.IsDuration)
        {
            writer.Append(", converter: new ").Append(EmitterConstants.DurationConverter(root, nullable: !property.IsRequired, collection: member.Type.IsCollection)).Append("()");
        }

        if (property.IsRequired)
        {
            writer.Append(", required: true");
        }

        writer.Append(");").EndLine();
    }

    private static string Accessors(string name) => "static o => o." + name + ", static (o, v) => o." + name + " = v!";

    /// <summary>The member name as reflection reports it (without a verbatim <c>@</c>).</summary>
    private static string Plain(string name) => name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) : name;
}
