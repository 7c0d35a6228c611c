using System.Text;

namespace Specdown.Hardening.Tests.Support.Hostile;

/// <summary>
/// Pages written to attack the generator: the same resource and API page shapes filled either with plain words or
/// with a hostile string in every name and description, so the two outputs can be compared structure for structure.
/// </summary>
public static class HostilePages
{
    /// <summary>Strings that try to leave a comment, a string or an XML doc, smuggle directives, or deceive the reader.</summary>
    public static readonly string[] Attacks =
    {
        "*/ public static int Evil = 1; /*",
        "</summary><summary>injected",
        "\" + System.Environment.Exit(1) + \"",
        "\\\" ; evil(); //",
        "\"\"\" raw \"\"\"",
        "\n#line 1 \"evil.cs\"\n",
        "\n#pragma warning restore\n",
        "\n#error injected\n",
        "\n#define EVIL\n",
        "\r\n#if false\r\n",
        "admin\u202E\u2066 // comment\u2069\u2066",
        "is\u200BAdmin\u200D\uFEFF",
        "аdmin", // Cyrillic a
        "class",
        "namespace",
        "default",
        "__arglist",
        "value",
        "System",
        "global::System",
        "\0nul\u0001",
        "line\u2028separator\u2029",
        "]]> &amp; <!-- --> <![CDATA[x]]> &#x202E;", // an unclosed <![CDATA[ would, per CommonMark, swallow the next table rows: structure, not injection
        "{0}{1}{{",
        "😀\uD83D",
    };

    /// <summary>A resource page: properties of several types, an enum, a JSON representation; every name built from <paramref name="word"/>.</summary>
    public static string Resource(string type, string word)
    {
        var builder = new StringBuilder();
        builder.Append("---\ntitle: \"").Append(type).Append(" resource type\"\ndescription: \"").Append(word).Append("\"\ndoc_type: resourcePageType\n---\n\n");
        builder.Append("# ").Append(type).Append(" resource type\n\nNamespace: microsoft.graph\n\n").Append(Cell(word)).Append(" describes it.\n\n");
        builder.Append("## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n");
        builder.Append("| id | String | The identifier. ").Append(Cell(word)).Append(" |\n");
        builder.Append("| p1").Append(Cell(word)).Append(" | String | ").Append(Cell(word)).Append(" |\n");
        builder.Append("| p2").Append(Cell(word)).Append(" | Int32 | ").Append(Cell(word)).Append(" |\n");
        builder.Append("| p3").Append(Cell(word)).Append(" | [").Append(type).Append("Kind](").Append(type).Append("kind.md) | Possible values are: `a`, `b`. |\n");
        builder.Append("| p4").Append(Cell(word)).Append(" | String collection | ").Append(Cell(word)).Append(" |\n\n");
        builder.Append("### ").Append(type).Append("Kind values\n\n| Member | Value | Description |\n|:---|:---|:---|\n");
        builder.Append("| m1").Append(Cell(word)).Append(" | 0 | ").Append(Cell(word)).Append(" |\n");
        builder.Append("| m2").Append(Cell(word)).Append(" | 1 | ").Append(Cell(word)).Append(" |\n\n");
        builder.Append("## JSON representation\n\n<!-- {\n  \"blockType\": \"resource\",\n  \"optionalProperties\": [],\n  \"keyProperty\": \"id\",\n  \"@odata.type\": \"microsoft.graph.")
            .Append(type).Append("\"\n}-->\n```json\n{\n  \"id\": \"String (identifier)\",\n  \"p1").Append(Json(word)).Append("\": \"").Append(Json(word)).Append("\"\n}\n```\n");
        return builder.ToString();
    }

    /// <summary>An API page whose path parameter, example name and request body are built from <paramref name="word"/>.</summary>
    public static string Api(string type, string word)
    {
        var builder = new StringBuilder();
        builder.Append("---\ntitle: \"Get ").Append(type).Append("\"\ndescription: \"").Append(word).Append("\"\ndoc_type: apiPageType\n---\n\n");
        builder.Append("# Get ").Append(type).Append("\n\nNamespace: microsoft.graph\n\n").Append(Cell(word)).Append("\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\n");
        builder.Append("GET /").Append(type).Append("s/{").Append(Path(word)).Append("-id}\n```\n\n");
        builder.Append("## Response\n\nIf successful, this method returns a `200 OK` response code and a [").Append(type).Append("](../resources/").Append(type).Append(".md) object in the response body.\n\n");
        builder.Append("## Example\n\n### Request\n\n<!-- {\n  \"blockType\": \"request\",\n  \"name\": \"get_").Append(Json(word)).Append("\"\n}-->\n```http\nGET https://graph.microsoft.com/beta/").Append(type).Append("s/1\n```\n\n");
        builder.Append("### Response\n\n<!-- {\n  \"blockType\": \"response\",\n  \"truncated\": true,\n  \"@odata.type\": \"microsoft.graph.").Append(type).Append("\"\n}-->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"id\": \"1\",\n  \"p1").Append(Json(word)).Append("\": \"").Append(Json(word)).Append("\"\n}\n```\n");
        return builder.ToString();
    }

    /// <summary>Keeps a word inside one table cell (a raw newline or pipe would change the table's shape, not attack it).</summary>
    public static string Cell(string word) => word.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Json(string word) => Cell(word).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Path(string word) => Cell(word).Replace("/", "_", StringComparison.Ordinal).Replace("}", "_", StringComparison.Ordinal).Replace("{", "_", StringComparison.Ordinal).Replace(" ", "_", StringComparison.Ordinal);
}
