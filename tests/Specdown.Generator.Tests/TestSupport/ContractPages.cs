namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Small pages with examples for the contract-test emitter: runnable, unnamed, hostile and unrunnable ones.</summary>
internal static class ContractPages
{
    public const string Widget = """
        ---
        title: "widget resource type"
        doc_type: resourcePageType
        ---

        # widget resource type

        Namespace: microsoft.graph

        ## Properties

        | Property | Type | Description |
        |:---------|:-----|:------------|
        | id | String | The id. |
        | name | String | The name. |
        | size | Int32 | The size. |

        ## JSON representation

        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget" } -->
        ```json
        { "id": "String", "name": "String", "size": 1024 }
        ```
        """;

    // The hostile name carries a right-to-left override, a comment terminator and a quote.
    public const string GetWidget = "---\ntitle: \"Get widget\"\ndoc_type: apiPageType\n---\n\n# Get widget\n\nNamespace: microsoft.graph\n\n"
        + "## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /widgets/{id}\n```\n\n"
        + "## Response\n\nIf successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.\n\n"
        + "## Examples\n\n### Request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_widget\" } -->\n```http\nGET https://graph.microsoft.com/beta/widgets/1\n```\n\n"
        + "### Response\n\n<!-- { \"blockType\": \"response\", \"truncated\": true, \"@odata.type\": \"microsoft.graph.widget\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"id\": \"1\",\n  \"name\": \"String\",\n  \"size\": 3\n}\n```\n\n"
        + "### Request\n\n<!-- { \"blockType\": \"request\", \"name\": \"evil\u202E*/\\\"name\" } -->\n```http\nGET https://graph.microsoft.com/beta/widgets/2\n```\n\n"
        + "### Response\n\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ \"id\": \"2\" }\n```\n\n"
        + "### Request\n\n```http\nGET https://graph.microsoft.com/beta/widgets/3/$value\n```\n\n"
        + "### Response\n\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: text/plain\n\nhello \u2067world\n```\n\n"
        + "### Request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_gadget\" } -->\n```http\nGET https://graph.microsoft.com/beta/gadgets/1\n```\n\n"
        + "### Response\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.gadget\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{ \"id\": \"g\" }\n```\n\n"
        + "### Response\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nHTTP/1.1 500 Oops\n```\n";
}
