using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0006 and SPD0007: the properties and values of example bodies against the documented resource types. The
/// documented type comes from the annotation's <c>@odata.type</c>, else the operation's request or return type; each
/// object's own <c>@odata.type</c> takes precedence. Collections are bodies of the form <c>{"value": [...]}</c> or arrays.
/// </summary>
internal static class ExampleConformanceRule
{
    public static void Check(DocSet docSet, PageModel page, List<DiagnosticInfo> output)
    {
        ObjectConformanceWalker? walker = null;
        HashSet<string>? bodyTableNames = null;
        foreach (var example in page.Examples)
        {
            var root = example.Json?.Root;
            if (root is null)
            {
                continue;
            }

            var documented = ExampleTypes.Documented(docSet, page, example, out var isCollection);

            // One walker (stateless but for these three settings) and one set of body-table names per page.
            walker ??= new ObjectConformanceWalker(docSet, output);
            bodyTableNames ??= example.IsRequest ? BodyTableNames(page) : null;
            walker.RootExtras = example.IsRequest ? bodyTableNames : null;
            walker.RootTypeKnownToService = example.IsRequest && string.Equals(example.Method, "PATCH", System.StringComparison.OrdinalIgnoreCase);
            walker.CheckRequired = example.IsResponse && !example.IsTruncated && example.StatusCode is null or (>= 200 and < 300);
            if (root.IsArray)
            {
                walker.CheckItems(root, documented);
            }
            else if (root.IsObject && IsCollectionWrapper(root, documented, isCollection, out var items))
            {
                CheckLegacyControlNames(root, documented, output);
                walker.CheckItems(items!, documented);
            }
            else if (root.IsObject && WrappedSingle(root, documented) is { } inner)
            {
                // {"value": {...}} for one object: the shape is SPD0018's business; the object is still checked.
                CheckLegacyControlNames(root, documented, output);
                walker.CheckObject(inner, documented, 0);
            }
            else if (root.IsObject)
            {
                walker.CheckObject(root, documented, 0);
            }
        }
    }

    /// <summary>
    /// SPD0006 for <c>odata.context</c>, <c>odata.nextLink</c>, ... beside <c>value</c>: OData JSON (4.0) writes control
    /// information with an <c>@</c>; without it the name is an undeclared property of the collection.
    /// </summary>
    private static void CheckLegacyControlNames(JsonNode root, TypeDefinition? documented, List<DiagnosticInfo> output)
    {
        if (documented is null)
        {
            return;
        }

        foreach (var member in root.Members)
        {
            if (member.Name.StartsWith("odata.", System.StringComparison.OrdinalIgnoreCase))
            {
                output.Add(DiagnosticInfo.Create(RuleIds.UndeclaredProperty, member.NameLocation, RuleText.Short(member.Name),
                    "Collection(" + documented.FullName + ")", ObjectConformanceWalker.UndeclaredHint(member.Name)));
            }
        }
    }

    /// <summary>Whether the body is <c>{"value": [...]}</c> standing for a collection of the documented type.</summary>
    public static bool IsCollectionWrapper(JsonNode root, TypeDefinition? documented, bool isCollection, out JsonNode? items)
    {
        items = root.Get("value");
        if (items is null || !items.IsArray)
        {
            return false;
        }

        return isCollection || documented is null || !Declares(documented, "value");
    }

    /// <summary>The object of a body <c>{"value": {...}}</c> (besides annotations) when the type declares no <c>value</c>.</summary>
    public static JsonNode? WrappedSingle(JsonNode root, TypeDefinition? documented)
    {
        JsonNode? inner = null;
        foreach (var member in root.Members)
        {
            if (member.Name.IndexOf('@') >= 0)
            {
                continue;
            }

            if (member.Name != "value" || !member.Value.IsObject)
            {
                return null;
            }

            inner = member.Value;
        }

        return inner is not null && (documented is null || !Declares(documented, "value")) ? inner : null;
    }

    private static HashSet<string>? BodyTableNames(PageModel page)
    {
        var properties = page.Operation?.RequestBodyProperties ?? default;
        if (properties.IsEmpty)
        {
            return null;
        }

        var names = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            names.Add(property.Name);
        }

        return names;
    }

    private static bool Declares(TypeDefinition type, string name)
    {
        foreach (var property in type.Properties)
        {
            if (property.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
