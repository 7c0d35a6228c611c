using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits the ASP.NET Core minimal-API stubs of one resource group: an interface the user implements (one method per
/// operation) and a <c>Map…Endpoints</c> extension registering every route with its verb, template, body binding and
/// documented status/response type.
/// </summary>
internal static class ServerEmitter
{
    private const string Http = "global::Microsoft.AspNetCore.Http";

    public static GeneratedSource Emit(OperationPlan plan, TypeIndex index)
    {
        var root = index.RootNamespace;
        var interfaceName = "I" + plan.Group + "Endpoints";
        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.WriteLine("using global::Microsoft.AspNetCore.Http;");
        writer.WriteLine();
        writer.OpenBlock("namespace " + root + "." + NamespaceNames.Server);
        writer.WriteLine("/// <summary>Implement this to serve the documented operations of the <c>" + CSharpLiteral.DocText(plan.Group) + "</c> group.</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public partial interface " + interfaceName);
        foreach (var item in plan.Items)
        {
            DocComments.WriteSummary(writer, item.Spec.Method + " /" + item.Route.Template + ": " + item.Spec.Title);
            writer.WriteLine("global::System.Threading.Tasks.Task<" + Http + ".IResult> " + item.Name + "Async(" + Parameters(item, withAttributes: false) + ");");
        }

        writer.CloseBlock();
        writer.WriteLine();
        WriteMapExtension(writer, plan, interfaceName, root);
        writer.CloseBlock();
        return new GeneratedSource(HintNames.Server(plan.Group), writer.ToString());
    }

    private static void WriteMapExtension(SourceWriter writer, OperationPlan plan, string interfaceName, string root)
    {
        writer.WriteLine("/// <summary>Maps the <c>" + CSharpLiteral.DocText(plan.Group) + "</c> routes to <see cref=\"" + interfaceName + "\"/> (resolved from the services).</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public static partial class " + plan.Group + "EndpointRouteBuilderExtensions");
        writer.OpenBlock("public static global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder Map" + plan.Group + "Endpoints(this global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app)");
        foreach (var item in plan.Items)
        {
            var lambda = "static (" + Parameters(item, withAttributes: true) + ", [global::Microsoft.AspNetCore.Mvc.FromServices] " + interfaceName + " endpoints) => endpoints." + item.Name + "Async(" + Arguments(item) + ")";
            writer.WriteLine("global::Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapMethods(app, " + CSharpLiteral.String(item.Route.Template) + ", new[] { " + CSharpLiteral.String(item.Spec.Method) + " }, " + lambda + ")");
            writer.Indent();
            writer.WriteLine(Produces(item, root) + ";");
            writer.Unindent();
        }

        writer.WriteLine("return app;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string Produces(OperationItem item, string root)
    {
        var status = item.Status.ToString(CultureInfo.InvariantCulture);
        if (item.ResponseType is { } response && !item.ResponseIsStream)
        {
            var type = response.IsCollection
                ? "global::" + EmitterConstants.SerializationNamespace(root) + ".SpecdownCollectionResponse<" + response.Element + ">"
                : response.Declare(required: true);
            return ".Produces<" + type + ">(" + status + ")";
        }

        return ".Produces(" + status + ")";
    }

    private static string Parameters(OperationItem item, bool withAttributes)
    {
        var list = new List<string>();
        foreach (var name in item.Route.Parameters)
        {
            var attribute = withAttributes ? "[global::Microsoft.AspNetCore.Mvc.FromRoute(Name = " + CSharpLiteral.String(name) + ")] " : string.Empty;
            list.Add(attribute + "string " + name);
        }

        if (item.Body == BodyKind.Json)
        {
            list.Add((withAttributes ? "[global::Microsoft.AspNetCore.Mvc.FromBody] " : string.Empty) + item.BodyDeclaration + " body");
        }

        list.Add(Http + ".HttpContext context");
        list.Add("global::System.Threading.CancellationToken cancellationToken");
        return Join(list);
    }

    private static string Arguments(OperationItem item)
    {
        var list = new List<string>(item.Route.Parameters);
        if (item.Body == BodyKind.Json)
        {
            list.Add("body");
        }

        list.Add("context");
        list.Add("cancellationToken");
        return Join(list);
    }

    private static string Join(List<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(builder.Length == 0 ? string.Empty : ", ").Append(part);
        }

        return builder.ToString();
    }
}
