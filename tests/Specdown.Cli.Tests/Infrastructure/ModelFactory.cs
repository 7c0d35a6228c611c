using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Cli.Tests.Infrastructure;

/// <summary>Builds model records by hand for unit tests of the CLI's own parts.</summary>
public static class ModelFactory
{
    public static LocationInfo At(string path, int line, int column = 1, int endColumn = 2) =>
        new(path, 0, endColumn - column, line, column, line, endColumn);

    public static PageModel Page(
        string path,
        PageKind kind,
        Heading[]? headings = null,
        DocTable[]? tables = null,
        CodeBlock[]? blocks = null,
        Annotation[]? pageAnnotations = null,
        HttpExample[]? examples = null,
        ExamplePair[]? pairs = null,
        OperationModel? operation = null,
        TypeDefinition[]? types = null,
        EnumDefinition[]? enums = null,
        DiagnosticInfo[]? diagnostics = null,
        LineAccount[]? accounting = null) =>
        new(
            path, kind, null, "Title", At(path, 1), "microsoft.graph",
            EquatableArray<FrontMatterEntry>.Empty,
            headings ?? Array.Empty<Heading>(),
            pageAnnotations ?? Array.Empty<Annotation>(),
            EquatableArray<TextBlock>.Empty,
            EquatableArray<LinkRef>.Empty,
            tables ?? Array.Empty<DocTable>(),
            blocks ?? Array.Empty<CodeBlock>(),
            examples ?? Array.Empty<HttpExample>(),
            pairs ?? Array.Empty<ExamplePair>(),
            operation,
            types ?? Array.Empty<TypeDefinition>(),
            enums ?? Array.Empty<EnumDefinition>(),
            diagnostics ?? Array.Empty<DiagnosticInfo>(),
            accounting ?? Array.Empty<LineAccount>());

    public static Heading Heading(string path, int level, int line) => new(level, "h", "h", SectionKind.Other, At(path, line));

    public static DocTable Table(string path, TableKind kind) =>
        new(kind, "Properties", EquatableArray<TableCell>.Empty, EquatableArray<TableRow>.Empty, At(path, 3));

    public static Annotation Annotation(string path, string? blockType, bool isPage = false, bool strict = true) =>
        new(blockType, null, null, null, null, EquatableArray<string>.Empty, null, null, null, isPage,
            EquatableArray<AnnotationEntry>.Empty, strict, At(path, 5));

    public static CodeBlock Block(string path, int index, string info, Annotation? annotation = null, bool closed = true) =>
        new(index, info, "GET /x", annotation, SectionKind.Examples, "Examples", closed, At(path, 10), At(path, 11));

    public static HttpExample Example(string path, HttpExampleKind kind, Annotation? annotation, string? body, JsonDocumentInfo? json) =>
        new(kind, "ex", 0, annotation, kind == HttpExampleKind.Request ? "GET" : null, null, null, "HTTP/1.1",
            kind == HttpExampleKind.Response ? 200 : null, null, EquatableArray<HttpHeader>.Empty, body, json, true,
            annotation is null, EquatableArray<HttpSyntaxIssue>.Empty, At(path, 12), null, At(path, 12));

    public static JsonDocumentInfo Json(bool strict, params JsonRecovery[] recoveries) =>
        new(new JsonNode(JsonKind.Object, "{}", EquatableArray<JsonMember>.Empty, EquatableArray<JsonNode>.Empty, At("p", 1)), strict, recoveries);

    public static JsonRecovery Recovery(string kind, bool recovered = true) => new(kind, "detail", At("p", 1), recovered);

    public static TypeRef TypeRef(TypeRefKind kind, bool collection = false) =>
        new(kind, "String", null, collection, false, "String", At("p", 1));

    public static PropertyModel Property(string name, TypeRef type) =>
        new(name, type, "d", false, false, false, false, false, false, null, false, At("p", 1));

    public static TypeDefinition Type(string path, params PropertyModel[] properties) =>
        new("widget", "microsoft.graph", "microsoft.graph.widget", null, false, false, true, "id", properties, null,
            EquatableArray<string>.Empty, "d", path, At(path, 1));

    public static EnumDefinition Enum(string path, int members)
    {
        var list = new EnumMember[members];
        for (var i = 0; i < members; i++)
        {
            list[i] = new EnumMember("m" + i, i, "d", At(path, 5 + i));
        }

        return new EnumDefinition("color", "microsoft.graph", "microsoft.graph.color", false, list, "d", path, At(path, 1));
    }

    public static OperationModel Operation(string path, int paths, params PropertyModel[] bodyProperties)
    {
        var list = new HttpPath[paths];
        for (var i = 0; i < paths; i++)
        {
            list[i] = new HttpPath("GET", "/widgets/" + i, EquatableArray<PathSegment>.Empty, null, true, At(path, 20 + i));
        }

        return new OperationModel("op", list, EquatableArray<PropertyModel>.Empty, EquatableArray<PropertyModel>.Empty,
            EquatableArray<PropertyModel>.Empty, EquatableArray<PropertyModel>.Empty, bodyProperties, null, null, At(path, 1));
    }
}
