using System.Globalization;
using System.Text;

namespace Specdown.Model.Parsing;

/// <summary>
/// Writes a <see cref="JsonNode"/> as compact JSON text (no whitespace). Values that were not JSON
/// (<see cref="JsonKind.Invalid"/>, <see cref="JsonKind.Ellipsis"/>) are written as JSON strings of their text, so the
/// output is always valid JSON. Depth is bounded by the reader's limit.
/// </summary>
internal static class JsonCompactWriter
{
    /// <summary>A scratch builder that grew beyond this many characters is not kept for the next value.</summary>
    private const int MaxPooledCapacity = 4096;

    [System.ThreadStatic]
    private static StringBuilder? _builder;

    public static string Write(JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonKind.Number:
            case JsonKind.True:
            case JsonKind.False:
            case JsonKind.Null:
                return node.Text;
        }

        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        Append(builder, node);
        var text = StringTable.Get(builder, 0, builder.Length);
        if (builder.Capacity > MaxPooledCapacity)
        {
            _builder = null;
        }

        return text;
    }

    private static void Append(StringBuilder builder, JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonKind.Object:
                builder.Append('{');
                for (var i = 0; i < node.Members.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    AppendString(builder, node.Members[i].Name);
                    builder.Append(':');
                    Append(builder, node.Members[i].Value);
                }

                builder.Append('}');
                return;
            case JsonKind.Array:
                builder.Append('[');
                for (var i = 0; i < node.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, node.Items[i]);
                }

                builder.Append(']');
                return;
            case JsonKind.Number:
            case JsonKind.True:
            case JsonKind.False:
            case JsonKind.Null:
                builder.Append(node.Text);
                return;
            default:
                AppendString(builder, node.Text);
                return;
        }
    }

    /// <summary>Appends <paramref name="value"/> as a JSON string literal.</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
