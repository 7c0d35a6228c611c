using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits the typed client of one resource group: one async method per operation, path parameters escaped, the JSON
/// body serialized with the generated options, the documented status checked, the response deserialized.
/// </summary>
internal static class ClientEmitter
{
    private const string Tasks = "global::System.Threading.Tasks.Task";

    public static GeneratedSource Emit(OperationPlan plan, TypeIndex index)
    {
        var root = index.RootNamespace;
        var className = plan.Group + "Client";
        var json = EmitterConstants.JsonOptions(root);
        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.OpenBlock("namespace " + root + "." + NamespaceNames.Client);
        writer.WriteLine("/// <summary>Calls the documented operations of the <c>" + CSharpLiteral.DocText(plan.Group) + "</c> group over <see cref=\"global::System.Net.Http.HttpClient\"/>.</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public partial class " + className);
        writer.WriteLine("private readonly global::System.Net.Http.HttpClient _http;");
        writer.WriteLine();
        writer.WriteLine("public " + className + "(global::System.Net.Http.HttpClient http) => _http = http ?? throw new global::System.ArgumentNullException(nameof(http));");
        foreach (var item in plan.Items)
        {
            writer.WriteLine();
            WriteMethod(writer, item, json, root);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return new GeneratedSource(HintNames.Client(plan.Group), writer.ToString());
    }

    private static void WriteMethod(SourceWriter writer, OperationItem item, string json, string root)
    {
        var response = item.ResponseDeclaration;
        var returnType = response is null ? Tasks : Tasks + "<" + (item.ResponseIsStream ? response : response + "?") + ">";
        DocComments.WriteSummary(writer, item.Spec.Method + " /" + item.Route.Template + ": " + item.Spec.Title);
        writer.OpenBlock("public async " + returnType + " " + item.Name + "Async(" + Parameters(item) + ")");
        writer.WriteLine("var url = " + Url(item) + ";");
        writer.WriteLine("using var request = new global::System.Net.Http.HttpRequestMessage(new global::System.Net.Http.HttpMethod(" + CSharpLiteral.String(item.Spec.Method) + "), new global::System.Uri(url, global::System.UriKind.Relative));");
        if (item.Body == BodyKind.Json)
        {
            writer.WriteLine("request.Content = new global::System.Net.Http.StringContent(global::System.Text.Json.JsonSerializer.Serialize(body, " + json + ".TypeInfo<" + item.BodyDeclaration + ">()), global::System.Text.Encoding.UTF8, \"application/json\");");
        }
        else if (item.Body == BodyKind.Stream)
        {
            writer.WriteLine("request.Content = new global::System.Net.Http.StreamContent(body);");
        }

        var completion = item.ResponseIsStream ? "ResponseHeadersRead" : "ResponseContentRead";
        writer.WriteLine((item.ResponseIsStream ? "var" : "using var") + " response = await _http.SendAsync(request, global::System.Net.Http.HttpCompletionOption." + completion + ", cancellationToken).ConfigureAwait(false);");
        var status = item.Status.ToString(CultureInfo.InvariantCulture);
        writer.OpenBlock("if ((int)response.StatusCode != " + status + ")");
        writer.WriteLine("var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);");
        writer.WriteLine("throw new global::" + root + "." + NamespaceNames.Client + ".SpecdownApiException((int)response.StatusCode, " + status + ", text);");
        writer.CloseBlock();
        WriteResult(writer, item, json, root);
        writer.CloseBlock();
    }

    private static void WriteResult(SourceWriter writer, OperationItem item, string json, string root)
    {
        if (item.ResponseType is null)
        {
            return;
        }

        if (item.ResponseIsStream)
        {
            writer.WriteLine("return await response.Content.ReadAsStreamAsync().ConfigureAwait(false);");
            return;
        }

        writer.WriteLine("var payload = await response.Content.ReadAsStringAsync().ConfigureAwait(false);");
        writer.WriteLine("if (payload.Length == 0) return default;");
        if (item.ResponseType.IsCollection)
        {
            var envelope = "global::" + EmitterConstants.SerializationNamespace(root) + ".SpecdownCollectionResponse<" + item.ResponseType.Element + ">";
            writer.WriteLine("return global::System.Text.Json.JsonSerializer.Deserialize(payload, " + json + ".ResponseTypeInfo<" + envelope + ">())?.Value;");
        }
        else
        {
            writer.WriteLine("return global::System.Text.Json.JsonSerializer.Deserialize(payload, " + json + ".ResponseTypeInfo<" + item.ResponseDeclaration + ">());");
        }
    }

    private static string Parameters(OperationItem item)
    {
        var builder = new StringBuilder();
        foreach (var name in item.Route.Parameters)
        {
            builder.Append("string ").Append(name).Append(", ");
        }

        if (item.BodyDeclaration is { } body)
        {
            builder.Append(body).Append(" body, ");
        }

        builder.Append("global::System.Threading.CancellationToken cancellationToken = default");
        return builder.ToString();
    }

    private static string Url(OperationItem item)
    {
        var parts = new List<string>();
        foreach (var part in item.Route.Parts)
        {
            parts.Add(part.IsParameter ? "global::System.Uri.EscapeDataString(" + part.Text + ")" : CSharpLiteral.String(part.Text));
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }
}
