using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0019: an example object that a reader does not read as the type it shows. Without an <c>@odata.type</c>, OData
/// readers (and the generated DTOs, polymorphic on <c>@odata.type</c>) take the declared type: an abstract type cannot
/// be created at all, and members that only a derived type declares are dropped; an <c>@odata.type</c> naming a type
/// that does not derive from the declared one is ignored the same way.
/// </summary>
internal sealed class PolymorphicObjectCheck
{
    private readonly DocSet _docSet;
    private readonly List<DiagnosticInfo> _output;
    private readonly Func<TypeDefinition, Dictionary<string, PropertyModel>> _properties;

    private static bool SameType(TypeDefinition a, TypeDefinition b) =>
        string.Equals(a.FullName, b.FullName, StringComparison.OrdinalIgnoreCase);

    public PolymorphicObjectCheck(DocSet docSet, List<DiagnosticInfo> output, Func<TypeDefinition, Dictionary<string, PropertyModel>> properties)
    {
        _docSet = docSet;
        _output = output;
        _properties = properties;
    }

    /// <summary>
    /// Reports an object whose type (declared, or named by its own <c>@odata.type</c>) is abstract; true when reported.
    /// Placeholder objects (<c>{"@odata.type": "..."}</c> alone) never get here.
    /// </summary>
    public bool CheckAbstract(JsonNode node, TypeDefinition type, string? ownODataType)
    {
        if (!type.IsAbstract)
        {
            return false;
        }

        var location = ownODataType is null ? node.Location : node.Get("@odata.type")?.Location ?? node.Location;
        _output.Add(DiagnosticInfo.Create(RuleIds.ODataTypeNeeded, location, type.FullName, ownODataType is null
            ? "is abstract; add an @odata.type that names the concrete type"
            : "is abstract (its own @odata.type names it); name a concrete type"));
        return true;
    }

    /// <summary>
    /// Reports an <c>@odata.type</c> that names a documented type only when letter case is ignored
    /// (<c>#Microsoft.Graph.InvokeUserFlowListener</c>): OData type names are case-sensitive, so readers ignore it.
    /// </summary>
    public void CheckSpelling(JsonNode node, TypeDefinition declared, string ownODataType, TypeDefinition named)
    {
        var name = ownODataType.Trim().TrimStart('#');
        if (!string.Equals(name, named.FullName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, named.FullName, StringComparison.Ordinal))
        {
            return;
        }

        var location = node.Get("@odata.type")?.Location ?? node.Location;
        _output.Add(DiagnosticInfo.Create(RuleIds.ODataTypeNeeded, location, declared.FullName,
            "ignores the @odata.type '" + RuleText.Short(name) + "': type names are case-sensitive (write '#" + named.FullName + "')"));
    }

    /// <summary>
    /// Reports an object whose <c>@odata.type</c> names a type that does not derive from the declared one (no page says
    /// it inherits from it): a reader of the declared type ignores the discriminator and drops the named type's members.
    /// </summary>
    public void CheckRelated(JsonNode node, TypeDefinition declared, TypeDefinition named)
    {
        if (SameType(declared, named))
        {
            return;
        }

        foreach (var baseType in _docSet.GetBaseTypes(named))
        {
            if (SameType(baseType, declared))
            {
                return;
            }
        }

        var location = node.Get("@odata.type")?.Location ?? node.Location;
        _output.Add(DiagnosticInfo.Create(RuleIds.ODataTypeNeeded, location, declared.FullName,
            "is not a base type of its @odata.type '" + named.FullName + "' (no page says it inherits from it); name a type derived from it, or document the inheritance"));
    }

    /// <summary>
    /// For a member the type does not declare: when a derived type declares it and the object has no
    /// <c>@odata.type</c>, reports SPD0019 (unless <paramref name="quiet"/>: the abstract type was already reported, or
    /// the service knows the type) and returns true; false when the member is simply undeclared (SPD0006 is the caller's).
    /// </summary>
    public bool CheckDerivedOnly(JsonMember member, TypeDefinition type, string? ownODataType, bool quiet)
    {
        if (ownODataType is not null)
        {
            return false;
        }

        foreach (var derived in _docSet.GetDerivedTypes(type))
        {
            if (_properties(derived).ContainsKey(member.Name))
            {
                if (!quiet)
                {
                    _output.Add(DiagnosticInfo.Create(RuleIds.ODataTypeNeeded, member.NameLocation, type.FullName,
                        "does not declare '" + RuleText.Short(member.Name) + "' (its derived type '" + derived.FullName + "' does); add an @odata.type that names the concrete type"));
                }

                return true;
            }
        }

        return false;
    }
}
