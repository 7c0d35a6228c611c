using System.Collections.Generic;
using System.Text;

namespace Specdown.Generator.Naming;

/// <summary>
/// A documented path template turned into an ASP.NET Core route template and a client URL: Graph placeholders become
/// route parameters with valid, unique names (<c>/chats/{id}</c> → <c>chats/{chatId}</c>, <c>{a | b}</c> → one
/// parameter), <c>$ref</c>/<c>$value</c> and other literals are kept, the query string is dropped.
/// </summary>
internal sealed class RoutePlan
{
    /// <summary>C# parameter names the emitted methods use for other purposes.</summary>
    public static readonly string[] ReservedParameterNames = { "body", "context", "cancellationToken", "endpoints", "request", "response", "url", "content", "stream", "text", "payload", "http", "app" };

    private RoutePlan(string group, string template, List<RoutePart> parts, List<string> parameters)
    {
        Group = group;
        Template = template;
        Parts = parts;
        Parameters = parameters;
    }

    /// <summary>The resource group: the first segment in PascalCase (<c>Chats</c>, <c>Me</c>), or <c>Root</c>.</summary>
    public string Group { get; }

    /// <summary>The route template without a leading slash, e.g. <c>chats/{chatId}/members</c>.</summary>
    public string Template { get; }

    /// <summary>Literal text and parameters in order (for building client URLs).</summary>
    public IReadOnlyList<RoutePart> Parts { get; }

    /// <summary>The parameter names in order (valid C# identifiers and route parameter names).</summary>
    public IReadOnlyList<string> Parameters { get; }

    public static RoutePlan Create(string documentedTemplate)
    {
        var text = documentedTemplate;
        var query = text.IndexOf('?');
        if (query >= 0)
        {
            text = text.Substring(0, query);
        }

        var allocator = new NameAllocator(ReservedParameterNames);
        var parts = new List<RoutePart>();
        var parameters = new List<string>();
        var template = new StringBuilder();
        string? group = null;
        string previousLiteral = string.Empty;
        foreach (var rawSegment in text.Split('/'))
        {
            var segment = Clean(rawSegment);
            if (segment.Length == 0)
            {
                continue;
            }

            var segmentTemplate = new StringBuilder();
            var segmentParts = new List<RoutePart>();
            previousLiteral = AppendSegment(segment, previousLiteral, allocator, segmentTemplate, segmentParts, parameters);
            if (segmentTemplate.Length == 0)
            {
                continue;
            }

            if (template.Length > 0)
            {
                template.Append('/');
                AddLiteral(parts, "/");
            }

            group ??= GroupName(segment);
            template.Append(segmentTemplate);
            foreach (var part in segmentParts)
            {
                if (part.IsParameter)
                {
                    parts.Add(part);
                }
                else
                {
                    AddLiteral(parts, part.Text);
                }
            }
        }

        return new RoutePlan(group ?? "Root", template.ToString(), parts, parameters);
    }

    private static string AppendSegment(string segment, string previousLiteral, NameAllocator allocator, StringBuilder template, List<RoutePart> parts, List<string> parameters)
    {
        var literal = new StringBuilder();
        var lastWasParameter = false;
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            var close = c == '{' ? segment.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                if (c != '{' && c != '}')
                {
                    literal.Append(c);
                    template.Append(c);
                    AddLiteral(parts, c.ToString());
                    lastWasParameter = false;
                }

                continue;
            }

            if (lastWasParameter)
            {
                // Two adjacent parameters are not a valid route segment: keep a separator between them.
                template.Append('-');
                AddLiteral(parts, "-");
            }

            var name = allocator.Allocate(ParameterName(segment.Substring(i + 1, close - i - 1), literal.Length > 0 ? literal.ToString() : previousLiteral));
            parameters.Add(name);
            template.Append('{').Append(name).Append('}');
            parts.Add(new RoutePart(true, name));
            lastWasParameter = true;
            i = close;
        }

        return literal.Length > 0 ? literal.ToString() : previousLiteral;
    }

    private static void AddLiteral(List<RoutePart> parts, string text)
    {
        if (parts.Count > 0 && !parts[parts.Count - 1].IsParameter)
        {
            parts[parts.Count - 1] = new RoutePart(false, parts[parts.Count - 1].Text + text);
        }
        else
        {
            parts.Add(new RoutePart(false, text));
        }
    }

    /// <summary><c>id</c> after <c>chats</c> → <c>chatId</c>; <c>chat-id</c> → <c>chatId</c>; <c>a | b</c> → <c>a</c>.</summary>
    private static string ParameterName(string placeholder, string previousLiteral)
    {
        var bar = placeholder.IndexOf('|');
        var raw = (bar >= 0 ? placeholder.Substring(0, bar) : placeholder).Trim();
        var name = IdentifierNames.ToCamelCase(raw, "id");
        if (name == "id" || name == "iD" || name == "key")
        {
            var owner = GroupName(previousLiteral);
            if (owner != "Root")
            {
                var singular = owner.Length > 3 && owner.EndsWith("s", System.StringComparison.Ordinal) && !owner.EndsWith("ss", System.StringComparison.Ordinal)
                    ? owner.Substring(0, owner.Length - 1)
                    : owner;
                name = IdentifierNames.ToCamelCase(singular + "Id", "id");
            }
        }

        return name;
    }

    /// <summary>The leading name of a literal segment (<c>users('{id}')</c> → <c>Users</c>).</summary>
    private static string GroupName(string segment)
    {
        var end = 0;
        while (end < segment.Length && (IdentifierNames.IsIdentifierChar(segment[end]) || segment[end] == '$' || segment[end] == '.' || segment[end] == '_'))
        {
            end++;
        }

        var name = IdentifierNames.ToPascalCase(segment.Substring(0, end), string.Empty);
        return name.Length == 0 ? "Root" : name;
    }

    /// <summary>Removes characters that are invalid in a route literal or unsafe in a URL (whitespace, <c>?</c>, <c>#</c>, controls).</summary>
    private static string Clean(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '?' || c == '#' || c == '\\' || c == '"' || c == '*' || Emitting.CSharpLiteral.IsInvisible(c))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

/// <summary>A piece of a route: literal text or a parameter name.</summary>
internal readonly struct RoutePart
{
    public RoutePart(bool isParameter, string text)
    {
        IsParameter = isParameter;
        Text = text;
    }

    public bool IsParameter { get; }

    public string Text { get; }
}
