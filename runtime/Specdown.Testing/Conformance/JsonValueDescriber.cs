using System.Globalization;
using System.Text.Json;

namespace Specdown.Testing;

/// <summary>Describes JSON values in words for failure messages (<c>null</c>, <c>string "abc"</c>, <c>object</c>).</summary>
internal static class JsonValueDescriber
{
    private const int MaxQuoted = 40;

    public const string Nothing = "nothing";

    public static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => Nothing,
    };

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string " + Quote(value.GetString() ?? string.Empty),
        JsonValueKind.Number => "number " + Shorten(value.GetRawText()),
        JsonValueKind.True => "boolean true",
        JsonValueKind.False => "boolean false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "array of " + value.GetArrayLength().ToString(CultureInfo.InvariantCulture) + " item(s)",
        JsonValueKind.Object => "object",
        _ => Nothing,
    };

    public static string Quote(string text)
    {
        var shown = Shorten(text);
        return "\"" + shown.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
    }

    private static string Shorten(string text) =>
        text.Length <= MaxQuoted ? text : text.Substring(0, MaxQuoted) + "…";
}
