using System.Globalization;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Small resource and API pages written for generator-driver tests.</summary>
internal static class PageTexts
{
    public static string Resource(string name, string description, string? baseType = null, params (string Name, string Type)[] properties)
    {
        var rows = string.Join("\n", properties.Select(p => $"| {p.Name} | {p.Type} | The {p.Name}. |"));
        var json = string.Join(",\n", properties.Select(p => $"  \"{p.Name}\": \"String\""));
        var baseAnnotation = baseType is null ? string.Empty : $",\n  \"baseType\": \"microsoft.graph.{baseType}\"";
        return $$"""
            ---
            title: "{{name}} resource type"
            description: "{{description}}"
            doc_type: resourcePageType
            ---

            # {{name}} resource type

            Namespace: microsoft.graph

            {{description}}

            ## Properties

            | Property | Type | Description |
            |:---------|:-----|:------------|
            {{rows}}

            ## JSON representation

            <!-- {
              "blockType": "resource",
              "@odata.type": "microsoft.graph.{{name}}"{{baseAnnotation}}
            }-->

            ```json
            {
            {{json}}
            }
            ```
            """.Replace("\r\n", "\n");
    }

    public static string Api(string title, string method, string path, string bodyType, int status)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        return $$"""
            ---
            title: "{{title}}"
            description: "{{title}}."
            doc_type: apiPageType
            ---

            # {{title}}

            Namespace: microsoft.graph

            {{title}}.

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            {{method}} {{path}}
            ```

            ## Request body

            In the request body, supply a JSON representation of the [{{bodyType}}](../resources/{{bodyType}}.md) object.

            ## Response

            If successful, this method returns a `{{code}} OK` response code and a [{{bodyType}}](../resources/{{bodyType}}.md) object in the response body.
            """.Replace("\r\n", "\n");
    }

    /// <summary>A set of <paramref name="count"/> pages: resources widget0..N (some derived from widget0) and a few API pages.</summary>
    public static List<(string Path, string Text)> Set(int count)
    {
        var pages = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var name = "widget" + i.ToString(CultureInfo.InvariantCulture);
            if (i % 10 == 9)
            {
                pages.Add(($"api/{name}-update.md", Api("Update " + name, "PATCH", $"/widgets{i}/{{id}}", "widget" + (i - 1).ToString(CultureInfo.InvariantCulture), 200)));
                continue;
            }

            var baseType = i > 0 && i % 3 == 0 ? "widget0" : null;
            pages.Add(($"resources/{name}.md", Resource(name, "Widget number " + i.ToString(CultureInfo.InvariantCulture) + ".", baseType, ("size" + i.ToString(CultureInfo.InvariantCulture), "Int32"), ("label", "String"), ("createdDateTime", "DateTimeOffset"))));
        }

        return pages;
    }
}
