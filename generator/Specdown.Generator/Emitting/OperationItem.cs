using Specdown.Generator.Naming;
using Specdown.Generator.Specs;
using Specdown.Model;

namespace Specdown.Generator.Emitting;

/// <summary>One operation path as the emitters write it.</summary>
internal sealed class OperationItem
{
    private OperationItem(OperationSpec spec, RoutePlan route, string name, string? bodyClass, BodyKind body, ClrType? bodyType, int status, ClrType? responseType, bool responseIsStream)
    {
        Spec = spec;
        Route = route;
        Name = name;
        GeneratedBodyClass = bodyClass;
        Body = body;
        BodyType = bodyType;
        Status = status;
        ResponseType = responseType;
        ResponseIsStream = responseIsStream;
    }

    public OperationSpec Spec { get; }

    public RoutePlan Route { get; }

    /// <summary>The operation's C# name, unique in its group (e.g. <c>AddChat</c>).</summary>
    public string Name { get; }

    /// <summary>The nested request body class name when the docs list body properties but no named body type.</summary>
    public string? GeneratedBodyClass { get; }

    public BodyKind Body { get; }

    /// <summary>The C# body type (element type; a collection when <see cref="ClrType.IsCollection"/>).</summary>
    public ClrType? BodyType { get; }

    /// <summary>The documented success status (or the method's usual one).</summary>
    public int Status { get; }

    /// <summary>The response body type, or null when the documented response has no body.</summary>
    public ClrType? ResponseType { get; }

    public bool ResponseIsStream { get; }

    public static bool AllowsBody(string method) => method == "POST" || method == "PUT" || method == "PATCH";

    public static OperationItem Create(OperationSpec spec, RoutePlan route, string name, string? bodyClass, string group, TypeIndex index)
    {
        var names = index.Names;
        var body = BodyKind.None;
        ClrType? bodyType = null;
        if (bodyClass is not null)
        {
            body = BodyKind.Json;
            bodyType = new ClrType("global::" + index.RootNamespace + "." + NamespaceNames.Operations + "." + group + "Operations." + bodyClass, false, false, false);
        }
        else if (AllowsBody(spec.Method) && spec.RequestBodyType is { Kind: TypeRefKind.Named or TypeRefKind.Primitive } requestType)
        {
            bodyType = TypeMapper.Map(requestType, names, spec.SourcePath, spec.Namespace);
            body = bodyType.Element == "byte[]" && !bodyType.IsCollection ? BodyKind.Stream : BodyKind.Json;
        }

        var status = spec.StatusCode is >= 100 and <= 599 ? spec.StatusCode.Value : DefaultStatus(spec.Method);
        ClrType? responseType = null;
        var responseIsStream = false;
        if (status != 204 && status != 304 && spec.ResponseType is { Kind: TypeRefKind.Named or TypeRefKind.Primitive } returnType)
        {
            responseType = TypeMapper.Map(returnType, names, spec.SourcePath, spec.Namespace);
            responseIsStream = responseType.Element == "byte[]" && !responseType.IsCollection;
        }

        return new OperationItem(spec, route, name, bodyClass, body, bodyType, status, responseType, responseIsStream);
    }

    private static int DefaultStatus(string method) => method switch
    {
        "POST" => 201,
        "DELETE" => 204,
        _ => 200,
    };

    /// <summary>The declared C# type of the response (<c>IList&lt;T&gt;</c> for collections), or null.</summary>
    public string? ResponseDeclaration => ResponseIsStream
        ? "global::System.IO.Stream"
        : ResponseType?.Declare(required: true);

    /// <summary>The declared C# type of the JSON body parameter.</summary>
    public string? BodyDeclaration => Body == BodyKind.Json ? BodyType!.Declare(required: true) : Body == BodyKind.Stream ? "global::System.IO.Stream" : null;
}

/// <summary>How an operation takes its request body.</summary>
internal enum BodyKind
{
    None = 0,
    Json,
    Stream,
}
