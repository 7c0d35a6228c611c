using System.Collections.Generic;
using System.Globalization;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits the operation metadata of one resource group as constants (method, route, documented path, parameters,
/// status, request and response types) and the request body classes the docs describe only by a table.
/// </summary>
internal static class OperationsEmitter
{
    public static GeneratedSource Emit(OperationPlan plan, TypeIndex index)
    {
        var root = index.RootNamespace;
        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.OpenBlock("namespace " + plan.OperationsNamespace(root));
        writer.WriteLine("/// <summary>The documented operations whose paths start with the same segment.</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public static partial class " + plan.OperationsClass);
        var first = true;
        var bodies = new List<KeyValuePair<string, MetadataTarget>>();
        foreach (var item in plan.Items)
        {
            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            WriteOperation(writer, item);
            if (item.GeneratedBodyClass is { } bodyClass)
            {
                writer.WriteLine();
                var members = WriteBodyClass(writer, item, bodyClass, index);
                var type = "global::" + plan.OperationsNamespace(root) + "." + plan.OperationsClass + "." + bodyClass;
                bodies.Add(new KeyValuePair<string, MetadataTarget>(bodyClass, new MetadataTarget(type, false, null, members, null, System.Array.Empty<TypeEntry>())));
            }
        }

        writer.CloseBlock();
        writer.CloseBlock();
        if (plan.HasBodyMetadata)
        {
            writer.WriteLine();
            WriteBodyMetadata(writer, plan, bodies, root);
        }

        return new GeneratedSource(HintNames.Operations(plan.Group), writer.ToString());
    }

    private static void WriteBodyMetadata(SourceWriter writer, OperationPlan plan, List<KeyValuePair<string, MetadataTarget>> bodies, string root)
    {
        writer.OpenBlock("namespace " + EmitterConstants.SerializationNamespace(root));
        writer.WriteLine("/// <summary>The JSON contracts of the request bodies of the <c>" + CSharpLiteral.DocText(plan.Group) + "</c> operations.</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("internal static class " + EmitterConstants.GroupMetadataClassName(plan.Group));
        writer.OpenBlock("internal static void Register(global::System.Collections.Generic.Dictionary<global::System.Type, SpecdownJsonContext.Factory> map)");
        foreach (var body in bodies)
        {
            writer.WriteLine("SpecdownJsonContext.Add<" + body.Value.GlobalType + ">(map, " + body.Key + ".Create);");
        }

        writer.CloseBlock();
        foreach (var body in bodies)
        {
            writer.WriteLine();
            JsonMetadataWriter.WriteClass(writer, body.Key, "private", body.Value, root);
        }

        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteOperation(SourceWriter writer, OperationItem item)
    {
        DocComments.WriteSummary(writer, item.Spec.Title);
        writer.OpenBlock("public static class " + item.Name);
        writer.WriteLine("public const string Method = " + CSharpLiteral.String(item.Spec.Method) + ";");
        writer.WriteLine("public const string Route = " + CSharpLiteral.String(item.Route.Template) + ";");
        writer.WriteLine("public const string DocumentedPath = " + CSharpLiteral.String(item.Spec.Template) + ";");
        writer.WriteLine("public const string SourcePage = " + CSharpLiteral.String(item.Spec.SourcePath) + ";");
        writer.WriteLine("public const int SuccessStatusCode = " + item.Status.ToString(CultureInfo.InvariantCulture) + ";");
        var parameters = new System.Text.StringBuilder();
        foreach (var parameter in item.Route.Parameters)
        {
            parameters.Append(parameters.Length == 0 ? string.Empty : ", ").Append(CSharpLiteral.String(parameter));
        }

        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> PathParameters { get; } = new string[] { " + parameters + " };");
        writer.WriteLine("public static global::System.Type? RequestType => " + TypeOf(item.BodyDeclaration) + ";");
        writer.WriteLine("public static global::System.Type? ResponseType => " + TypeOf(item.ResponseDeclaration) + ";");
        writer.CloseBlock();
    }

    private static string TypeOf(string? declaration) =>
        declaration is null ? "null" : "typeof(" + declaration + ")";

    private static List<MetadataMember> WriteBodyClass(SourceWriter writer, OperationItem item, string bodyClass, TypeIndex index)
    {
        var members = new List<MetadataMember>();
        writer.WriteLine("/// <summary>The request body of <see cref=\"" + item.Name + "\"/>.</summary>");
        writer.OpenBlock("public sealed partial class " + bodyClass);
        var allocator = new NameAllocator(bodyClass, "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals");
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        var first = true;
        foreach (var property in item.Spec.RequestBodyProperties)
        {
            if (!seen.Add(property.WireName))
            {
                continue;
            }

            if (!first)
            {
                writer.WriteLine();
            }

            first = false;
            var type = TypeMapper.Map(property.Type, index.Names, item.Spec.SourcePath, item.Spec.Namespace);
            var name = allocator.Allocate(IdentifierNames.ToPascalCase(property.WireName, "Property"));
            DtoEmitter.WriteProperty(writer, property, name, type, index.RootNamespace);
            members.Add(new MetadataMember(property, name, type));
        }

        writer.CloseBlock();
        return members;
    }
}
