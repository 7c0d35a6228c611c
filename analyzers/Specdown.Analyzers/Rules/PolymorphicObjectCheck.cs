using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0019: an example object that a reader can only read as the type it shows with an <c>@odata.type</c>. Without
/// one, OData readers (and the generated DTOs, polymorphic on <c>@odata.type</c>) take the declared type: an abstract
/// type cannot be created at all, and members that only a derived type declares are dropped.
/// </summary>
internal sealed class PolymorphicObjectCheck
{
    private readonly DocSet _docSet;
    private readonly List<DiagnosticInfo> _output;
    private readonly Func<TypeDefinition, Dictionary<string, PropertyModel>> _properties;

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
        _output.Add(DiagnosticInfo.Create(RuleIds.ODataTypeNeeded, location, type.FullName, ownODataType is null ? "is abstract" : "is abstract (its own @odata.type names it)"));
        return true;
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
                        "does not declare '" + RuleText.Short(member.Name) + "' (its derived type '" + derived.FullName + "' does)"));
                }

                return true;
            }
        }

        return false;
    }
}
