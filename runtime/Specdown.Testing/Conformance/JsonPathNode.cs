using System.Globalization;
using System.Text;

namespace Specdown.Testing;

/// <summary>A lazily formatted JSON path (<c>$.value[0].topic</c>); formatted only when a difference is reported.</summary>
internal sealed class JsonPathNode
{
    public static readonly JsonPathNode Root = new(null, null, -1);

    private readonly JsonPathNode? _parent;
    private readonly string? _property;
    private readonly int _index;

    private JsonPathNode(JsonPathNode? parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    public JsonPathNode Property(string name) => new(this, name, -1);

    public JsonPathNode Index(int index) => new(this, null, index);

    public bool IsRootProperty(string name) =>
        ReferenceEquals(_parent, Root) && string.Equals(_property, name, System.StringComparison.Ordinal);

    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        if (_parent is null)
        {
            builder.Append('$');
            return;
        }

        _parent.Append(builder);
        if (_property is null)
        {
            builder.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else if (IsSimpleName(_property))
        {
            builder.Append('.').Append(_property);
        }
        else
        {
            builder.Append("['").Append(_property.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
        }
    }

    private static bool IsSimpleName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
