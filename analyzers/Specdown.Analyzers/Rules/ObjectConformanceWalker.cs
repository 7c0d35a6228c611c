using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Walks an example object against its type: members the type (with its base types, or a derived type) does not declare
/// (SPD0006) and values that do not fit the declared type (SPD0007); nested objects of known types are walked too.
/// Instance annotations (<c>@odata.*</c>, <c>x@odata.*</c>) are skipped; open types accept any member.
/// </summary>
internal sealed class ObjectConformanceWalker
{
    private const int MaxDepth = 64;

    private readonly DocSet _docSet;
    private readonly List<DiagnosticInfo> _output;
    private readonly ValueConformance _values;
    private readonly TypeFacts _facts;

    public ObjectConformanceWalker(DocSet docSet, List<DiagnosticInfo> output)
    {
        _docSet = docSet;
        _output = output;
        _values = new ValueConformance(docSet, output, this);
        _facts = TypeFacts.For(docSet);
    }

    public void CheckItems(JsonNode array, TypeDefinition? type)
    {
        foreach (var item in array.Items)
        {
            if (item.IsObject)
            {
                CheckObject(item, type, 0);
            }
        }
    }

    /// <summary>
    /// Names also accepted at the root of the body: a request's body-table properties (the table is more precise than
    /// the prose that names the body type).
    /// </summary>
    public HashSet<string>? RootExtras { get; set; }

    public void CheckObject(JsonNode node, TypeDefinition? type, int depth)
    {
        if (depth > MaxDepth || JsonPlaceholders.IsPlaceholder(node, out _))
        {
            return;
        }

        var own = node.GetString("@odata.type");
        if (own is not null)
        {
            var ownType = TypeLookup.Find(_docSet, own);
            if (ownType is null)
            {
                return;
            }

            type = ownType;
        }

        if (type is null)
        {
            return;
        }

        var properties = Properties(type);
        foreach (var member in node.Members)
        {
            if (member.Name.IndexOf('@') >= 0)
            {
                continue;
            }

            if (!properties.TryGetValue(member.Name, out var property))
            {
                var extra = depth == 0 && RootExtras?.Contains(member.Name) == true;
                if (!extra && !IsOpen(type) && !DeclaredByDerived(type, member.Name))
                {
                    _output.Add(DiagnosticInfo.Create(RuleIds.UndeclaredProperty, member.NameLocation, RuleText.Short(member.Name), type.FullName));
                }

                continue;
            }

            _values.Check(member.Value, property, type, depth + 1);
        }
    }

    /// <summary>Open by annotation (<c>openType</c>) or by the page's words ("This type is an open type"), itself or a base.</summary>
    private bool IsOpen(TypeDefinition type)
    {
        if (SaysOpen(type))
        {
            return true;
        }

        foreach (var baseType in _docSet.GetBaseTypes(type))
        {
            if (SaysOpen(baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaysOpen(TypeDefinition type) =>
        type.IsOpenType || type.Description.IndexOf("is an open type", StringComparison.OrdinalIgnoreCase) >= 0;

    private bool DeclaredByDerived(TypeDefinition type, string name)
    {
        foreach (var derived in _docSet.GetDerivedTypes(type))
        {
            if (Properties(derived).ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }

    private Dictionary<string, PropertyModel> Properties(TypeDefinition type) => _facts.Properties(type);
}
