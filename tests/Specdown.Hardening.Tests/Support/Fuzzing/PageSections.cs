using System.Text;
using CsCheck;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>
/// Generators of the sections a Graph reference page is made of (front matter, title, property tables, enum tables,
/// HTTP request lists, annotated request/response examples, JSON representations), written from the shapes of the
/// real pages, never copied from them.
/// </summary>
public static class PageSections
{
    private static readonly string[] Methods = { "GET", "POST", "PATCH", "PUT", "DELETE", "get", "FETCH" };

    private static readonly string[] Statuses = { "HTTP/1.1 200 OK", "HTTP/1.1 201 Created", "HTTP/1.1 204 No Content", "HTTP/1.1 404", "HTTP/2 500 Oops", "200 OK" };

    public static Gen<string> FrontMatter(string docType) =>
        Gen.Select(PageWords.Name, PageWords.Description, Gen.Bool, (title, description, quoted) =>
            "---\n" + (quoted ? "title: \"" + title + "\"\n" : "title: " + title + "\n") +
            "description: \"" + description + "\"\nms.localizationpriority: medium\nauthor: \"someone\"\nms.prod: \"teams\"\n" +
            "doc_type: " + docType + "\n---\n\n");

    public static readonly Gen<string> PropertyRow =
        Gen.Select(PageWords.Name, PageWords.TypeCell, PageWords.Description, (name, type, description) =>
            "| " + name + " | " + type + " | " + description + " |\n");

    public static readonly Gen<string> PropertyTable =
        Gen.Select(Gen.OneOfConst("Property", "Name", "Parameter", "Relationship"), PropertyRow.Array[0, 8], Gen.Bool, (header, rows, aligned) =>
            "| " + header + " | Type | Description |\n" + (aligned ? "|:---|:---|:---|\n" : "|---|---|---|\n") + string.Concat(rows) + "\n");

    public static readonly Gen<string> EnumTable =
        Gen.Select(PageWords.Name, PageWords.Name.Array[1, 6], (name, members) =>
        {
            var builder = new StringBuilder("### " + name + " values\n\n| Member | Value | Description |\n|:---|:---|:---|\n");
            for (var i = 0; i < members.Length; i++)
            {
                builder.Append("| ").Append(members[i]).Append(" | ").Append(i).Append(" | A member. |\n");
            }

            return builder.Append('\n').ToString();
        });

    public static readonly Gen<string> JsonValue = Gen.Frequency(
        (4, Gen.OneOfConst("\"String\"", "\"String (identifier)\"", "1024", "true", "null", "\"2021-01-01T00:00:00Z\"", "{\"@odata.type\": \"microsoft.graph.identitySet\"}", "[\"String\"]", "[{\"@odata.type\": \"microsoft.graph.chat\"}]")),
        (1, PageWords.UnicodeText.Select(s => "\"" + s + "\"")),
        (1, Gen.OneOfConst("{", "[", "\"unterminated", "{\"a\":", "01", "1e999", "\u201Ccurly\u201D", "[1,,2]", "{'a': 1}")));

    public static readonly Gen<string> JsonObject =
        Gen.Select(PageWords.Name, JsonValue).Array[0, 8].Select(pairs =>
        {
            var builder = new StringBuilder("{\n");
            for (var i = 0; i < pairs.Length; i++)
            {
                builder.Append("  \"").Append(pairs[i].Item1).Append("\": ").Append(pairs[i].Item2).Append(i + 1 < pairs.Length ? ",\n" : "\n");
            }

            return builder.Append("}\n").ToString();
        });

    public static readonly Gen<string> Annotation = Gen.Frequency(
        (5, Gen.Select(Gen.OneOfConst("request", "response", "resource", "ignored", "example", "property"), PageWords.Name, PageWords.Name, Gen.Bool,
            (blockType, name, type, collection) =>
                "<!-- {\n  \"blockType\": \"" + blockType + "\",\n  \"name\": \"" + name + "\",\n  \"@odata.type\": \"microsoft.graph." + type + "\"" +
                (collection ? ",\n  \"isCollection\": true,\n  \"truncated\": true" : string.Empty) + "\n}\n-->\n")),
        (1, Gen.OneOfConst("<!-- { \"blockType\": \"req", "<!-- {\"blockType\": 12, \"name\": [} -->\n", "<!--\n", "-->\n", "<!-- { } -->\n", "<!-- {\"blockType\":\"request\",\"name\":\"\"}-->\n")),
        (1, PageWords.UnicodeText.Select(s => "<!-- " + s + " -->\n")));

    public static readonly Gen<string> RequestPath =
        Gen.Select(Gen.OneOfConst(Methods), PageWords.Name.Array[1, 4], Gen.Bool, (method, segments, key) =>
            method + " /" + string.Join("/", segments) + (key ? "/{" + segments[0] + "-id}" : string.Empty) + "\n");

    public static readonly Gen<string> HttpRequestSection =
        Gen.Select(RequestPath.Array[1, 4], Gen.Bool, (paths, annotated) =>
            "## HTTP request\n\n" + (annotated ? "<!-- { \"blockType\": \"ignored\" } -->\n" : string.Empty) + "```http\n" + string.Concat(paths) + "```\n\n");

    public static readonly Gen<string> RequestExample =
        Gen.Select(Annotation, Gen.OneOfConst(Methods), PageWords.Name, JsonObject, Gen.Bool, (annotation, method, segment, body, withBody) =>
            "### Request\n\n" + annotation + "```http\n" + method + " https://graph.microsoft.com/beta/" + segment + "\nContent-Type: application/json\n" +
            (withBody ? "\n" + body : string.Empty) + "```\n\n");

    public static readonly Gen<string> ResponseExample =
        Gen.Select(Annotation, Gen.OneOfConst(Statuses), JsonObject, Gen.Bool, (annotation, status, body, withBody) =>
            "### Response\n\n" + annotation + "```http\n" + status + "\nContent-Type: application/json\n" + (withBody ? "\n" + body : string.Empty) + "```\n\n");

    public static readonly Gen<string> JsonRepresentation =
        Gen.Select(PageWords.Name, JsonObject, Gen.Bool, (type, body, resourceAnnotation) =>
            "## JSON representation\n\n" +
            (resourceAnnotation
                ? "<!-- {\n  \"blockType\": \"resource\",\n  \"optionalProperties\": [],\n  \"keyProperty\": \"id\",\n  \"@odata.type\": \"microsoft.graph." + type + "\",\n  \"baseType\": \"microsoft.graph.entity\"\n}-->\n"
                : string.Empty) +
            "```json\n" + body + "```\n\n");

    public static readonly Gen<string> Prose = Gen.Frequency(
        (4, Gen.OneOfConst("Represents a thing.\n\n", "Namespace: microsoft.graph\n\n", "[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]\n\n",
            "# [HTTP](#tab/http)\n\n---\n\n", "> **Note:** read-only.\n\n", "- item one\n- item two\n  - nested\n\n", "<br/>\n\n", "1. first\n2. second\n\n")),
        (1, PageWords.UnicodeText.Select(s => s + "\n\n")));
}
