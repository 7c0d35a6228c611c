using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Builds model records by hand (as the parser would produce them) for emitter tests.</summary>
internal static class Models
{
    public static LocationInfo Loc(string path = "test.md") => LocationInfo.FileStart(path);

    public static TypeRef Primitive(string name, bool collection = false) =>
        new(TypeRefKind.Primitive, name, null, collection, false, name, Loc());

    public static TypeRef Named(string name, bool collection = false, string? link = null) =>
        new(TypeRefKind.Named, name, link, collection, false, name, Loc());

    public static TypeRef Unclassified(string raw) => new(TypeRefKind.Unclassified, raw, null, false, false, raw, Loc());

    public static PropertyModel Prop(string name, TypeRef type, string description = "", bool required = false, bool deprecated = false, string? inheritedFrom = null) =>
        new(name, type, description, false, false, required, false, deprecated, false, inheritedFrom, true, Loc());

    public static TypeDefinition Type(string name, string? baseType = null, bool isAbstract = false, bool open = false, string description = "", string ns = "microsoft.graph", string path = "resources/x.md", params PropertyModel[] properties) =>
        new(name, ns, ns + "." + name, baseType, isAbstract, open, false, null, properties, null, EquatableArray<string>.Empty, description, path, Loc(path));

    public static EnumDefinition Enum(string name, bool flags = false, string ns = "microsoft.graph", string path = "resources/enums.md", params EnumMember[] members) =>
        new(name, ns, ns + "." + name, flags, members, string.Empty, path, Loc(path));

    public static EnumMember Member(string name, long? value = null, string description = "") => new(name, value, description, Loc());

    public static HttpPath Path(string method, string template) =>
        new(method, template, EquatableArray<PathSegment>.Empty, null, true, Loc());

    public static OperationModel Operation(string title, HttpPath[] paths, TypeRef? body = null, int? status = null, TypeRef? returns = null, PropertyModel[]? bodyProperties = null) =>
        new(title, paths, EquatableArray<PropertyModel>.Empty, EquatableArray<PropertyModel>.Empty, EquatableArray<PropertyModel>.Empty, EquatableArray<PropertyModel>.Empty,
            bodyProperties ?? Array.Empty<PropertyModel>(), body, new ResponseInfo(status, null, returns, returns is not null, string.Empty, Loc(), null), Loc());

    public static PageModel Page(string path, TypeDefinition[]? types = null, EnumDefinition[]? enums = null, OperationModel? operation = null, string? ns = "microsoft.graph") =>
        new(path, operation is null ? PageKind.Resource : PageKind.Api, null, "Title", null, ns,
            EquatableArray<FrontMatterEntry>.Empty, EquatableArray<Heading>.Empty, EquatableArray<Annotation>.Empty, EquatableArray<TextBlock>.Empty,
            EquatableArray<LinkRef>.Empty, EquatableArray<DocTable>.Empty, EquatableArray<CodeBlock>.Empty, EquatableArray<HttpExample>.Empty,
            EquatableArray<ExamplePair>.Empty, operation, types ?? Array.Empty<TypeDefinition>(), enums ?? Array.Empty<EnumDefinition>(),
            EquatableArray<DiagnosticInfo>.Empty, EquatableArray<LineAccount>.Empty);
}
