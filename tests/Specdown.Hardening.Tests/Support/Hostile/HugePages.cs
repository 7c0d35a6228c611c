using System.Text;

namespace Specdown.Hardening.Tests.Support.Hostile;

/// <summary>Huge and pathological pages, built to a requested size.</summary>
public static class HugePages
{
    private const string Front = "---\ntitle: \"widget resource type\"\ndescription: \"A widget.\"\ndoc_type: resourcePageType\n---\n\n# widget resource type\n\nNamespace: microsoft.graph\n\n";

    /// <summary>A resource page made of repeated realistic sections (prose, a property table, a JSON block) until <paramref name="chars"/>.</summary>
    public static string Large(int chars)
    {
        var builder = new StringBuilder(chars + 4096).Append(Front);
        for (var i = 0; builder.Length < chars; i++)
        {
            builder.Append("## Section ").Append(i).Append("\n\nSome prose about section ").Append(i).Append(", see [chat](chat.md) and `code`.\n\n");
            builder.Append("| Property | Type | Description |\n|:---|:---|:---|\n");
            for (var r = 0; r < 8; r++)
            {
                builder.Append("| s").Append(i).Append('p').Append(r).Append(" | String | Property ").Append(r).Append(" of section ").Append(i).Append(". |\n");
            }

            builder.Append("\n```json\n{\n  \"id\": \"").Append(i).Append("\",\n  \"values\": [1, 2, 3]\n}\n```\n\n");
        }

        return builder.ToString();
    }

    /// <summary>A resource page whose Properties table has <paramref name="rows"/> rows.</summary>
    public static string TableRows(int rows)
    {
        var builder = new StringBuilder(rows * 48 + 512).Append(Front).Append("## Properties\n\n| Property | Type | Description |\n|:---|:---|:---|\n");
        for (var i = 0; i < rows; i++)
        {
            builder.Append("| p").Append(i).Append(" | ").Append((i % 3) switch { 0 => "String", 1 => "Int32", _ => "DateTimeOffset" }).Append(" | Row ").Append(i).Append(". |\n");
        }

        return builder.ToString();
    }

    /// <summary>A page with one prose line of <paramref name="chars"/> characters (words, links and code spans).</summary>
    public static string LongLine(int chars)
    {
        var builder = new StringBuilder(chars + 512).Append(Front);
        var start = builder.Length;
        while (builder.Length - start < chars)
        {
            builder.Append("word [link](a.md) `code` **bold** ");
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>An API page whose response example nests <paramref name="depth"/> objects and arrays in its body.</summary>
    public static string DeepJson(int depth)
    {
        var builder = new StringBuilder(depth * 8 + 512)
            .Append("---\ntitle: \"Get widget\"\ndescription: \"Get it.\"\ndoc_type: apiPageType\n---\n\n# Get widget\n\n## HTTP request\n\n```http\nGET /widgets/{id}\n```\n\n## Example\n\n")
            .Append("### Response\n\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.widget\"\n}-->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(i % 2 == 0 ? "{\"a\":" : "[");
        }

        builder.Append('1');
        for (var i = depth - 1; i >= 0; i--)
        {
            builder.Append(i % 2 == 0 ? '}' : ']');
        }

        return builder.Append("\n```\n").ToString();
    }

    /// <summary>Lists nested <paramref name="depth"/> deep on one line ("- - - … x"), then quotes nested as deep.</summary>
    public static string DeepMarkdown(int depth) =>
        Front + string.Concat(Enumerable.Repeat("- ", depth)) + "x\n\n" + new string('>', depth) + " quoted\n\n" + string.Concat(Enumerable.Repeat("* ", depth)) + "y\n";

    /// <summary>Nested lists by indentation, <paramref name="depth"/> levels (lines grow: kept to moderate depths).</summary>
    public static string IndentedLists(int depth)
    {
        var builder = new StringBuilder(Front);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(' ', i * 2).Append("- level ").Append(i).Append('\n');
        }

        return builder.ToString();
    }
}
