using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Walks an example object against its type: members the type (with its base types) does not declare (SPD0006, also for
/// names that match a declared one only when case is ignored), values that do not fit the declared type (SPD0007), and
/// objects that need an <c>@odata.type</c> to be read as the type they show (SPD0019); nested objects of known types are
/// walked too.
/// Instance annotations (<c>@odata.*</c>, <c>x@odata.*</c>) are skipped; open types accept any member.
/// </summary>
internal sealed class ObjectConformanceWalker
{
    private const int MaxDepth = 64;

    private readonly DocSet _docSet;
    private readonly List<DiagnosticInfo> _output;
    private readonly ValueConformance _values;
    private readonly PolymorphicObjectCheck _polymorphism;
    private readonly TypeFacts _facts;

    public ObjectConformanceWalker(DocSet docSet, List<DiagnosticInfo> output)
    {
        _docSet = docSet;
        _output = output;
        _values = new ValueConformance(docSet, output, this);
        _facts = TypeFacts.For(docSet);
        _polymorphism = new PolymorphicObjectCheck(docSet, output, Properties);
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
        if (depth > MaxDepth)
        {
            return;
        }

        if (JsonPlaceholders.IsPlaceholder(node, out var placeholderType))
        {
            // {"@odata.type": "x"} stands for any object of x; an abstract x has no object to stand for.
            if (node.IsObject && TypeLookup.Find(_docSet, placeholderType) is { IsAbstract: true } named)
            {
                _polymorphism.CheckAbstract(node, named, placeholderType);
            }

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

            _polymorphism.CheckSpelling(node, type ?? ownType, own, ownType);
            if (depth > 0 && type is not null)
            {
                // The root's @odata.type against the documented type is SPD0018's business.
                _polymorphism.CheckRelated(node, type, ownType);
            }

            type = ownType;
        }

        if (type is null)
        {
            return;
        }

        // A PATCH body updates an existing resource, whose type the service knows: its root needs no @odata.type.
        var patchRoot = depth == 0 && RootTypeKnownToService;
        var abstractReported = !patchRoot && _polymorphism.CheckAbstract(node, type, own);
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
                if (!extra && !IsOpen(type) && !_polymorphism.CheckDerivedOnly(member, type, own, abstractReported || patchRoot))
                {
                    _output.Add(DiagnosticInfo.Create(RuleIds.UndeclaredProperty, member.NameLocation, RuleText.Short(member.Name), type.FullName, UndeclaredHint(member.Name)));
                }

                continue;
            }

            if (!string.Equals(property.Name, member.Name, StringComparison.Ordinal) && !DeclaresExactly(type, member.Name))
            {
                // JSON names are case-sensitive: a reader of the type (System.Text.Json, OData clients) drops the value.
                _output.Add(DiagnosticInfo.Create(RuleIds.UndeclaredProperty, member.NameLocation, RuleText.Short(member.Name), type.FullName,
                    " (it declares '" + RuleText.Short(property.Name) + "'; property names are case-sensitive)"));
            }

            _values.Check(member.Value, property, type, depth + 1);
        }

        if (CheckRequired)
        {
            MissingRequiredCheck.Check(node, type, properties, _output);
        }
    }

    /// <summary>Whether the root object updates an existing resource (PATCH): its type is the service's, not the body's.</summary>
    public bool RootTypeKnownToService { get; set; }

    /// <summary>Whether objects must show every property their type marks required (complete response examples: SPD0020).</summary>
    public bool CheckRequired { get; set; }

    /// <summary>The SPD0006 message's tail: legacy OData control names (<c>odata.context</c>) are told how to write them.</summary>
    public static string UndeclaredHint(string name) =>
        name.StartsWith("odata.", StringComparison.OrdinalIgnoreCase)
            ? " (OData control information is written '@" + RuleText.Short(name) + "')"
            : string.Empty;

    private bool DeclaresExactly(TypeDefinition type, string name)
    {
        foreach (var property in _docSet.GetAllProperties(type))
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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

    private Dictionary<string, PropertyModel> Properties(TypeDefinition type) => _facts.Properties(type);
}
