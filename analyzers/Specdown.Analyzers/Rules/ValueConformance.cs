using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// SPD0007: whether an example value fits the declared type of its property: primitives as OData JSON writes them,
/// enum values among the members (flags as comma-separated lists), objects for complex types, arrays for collections.
/// Type placeholders (<c>"String"</c>, <c>"String (timestamp)"</c>, …) and <c>null</c> always fit.
/// </summary>
internal sealed class ValueConformance
{
    private readonly DocSet _docSet;
    private readonly List<DiagnosticInfo> _output;
    private readonly ObjectConformanceWalker _walker;

    public ValueConformance(DocSet docSet, List<DiagnosticInfo> output, ObjectConformanceWalker walker)
    {
        _docSet = docSet;
        _output = output;
        _walker = walker;
    }

    public void Check(JsonNode value, PropertyModel property, TypeDefinition declaringType, int depth)
    {
        if (Skip(value, depth))
        {
            return;
        }

        var resolved = TypeFacts.For(_docSet).Resolve(property);
        if (SkipValuePlaceholder(value, resolved))
        {
            return;
        }

        var isCollection = property.Type.IsCollection || resolved.IsCollection;
        if (isCollection)
        {
            if (!value.IsArray)
            {
                Report(value, property, resolved, isCollection);
                return;
            }

            foreach (var item in value.Items)
            {
                if (!Skip(item, depth) && !SkipValuePlaceholder(item, resolved))
                {
                    CheckSingle(item, property, resolved, isCollection, depth);
                }
            }

            return;
        }

        if (value.IsArray && resolved.Kind is ResolvedTypeKind.Primitive or ResolvedTypeKind.Enum or ResolvedTypeKind.Type)
        {
            // An array where one value is declared: no reader of the type takes it (a complex type included).
            if (resolved.Name != PrimitiveTypes.Json && resolved.Name != PrimitiveTypes.Stream)
            {
                Report(value, property, resolved, isCollection);
            }

            return;
        }

        CheckSingle(value, property, resolved, isCollection, depth);
    }

    private void CheckSingle(JsonNode value, PropertyModel property, ResolvedType resolved, bool isCollection, int depth)
    {
        switch (resolved.Kind)
        {
            case ResolvedTypeKind.Primitive:
                if (!PrimitiveValueFit.Fits(value, resolved.Name))
                {
                    Report(value, property, resolved, isCollection);
                }

                break;
            case ResolvedTypeKind.Enum:
                if (!FitsEnum(value, resolved.Name))
                {
                    Report(value, property, resolved, isCollection);
                }

                break;
            case ResolvedTypeKind.Type:
                if (value.IsObject)
                {
                    _walker.CheckObject(value, _docSet.FindType(resolved.Name), depth);
                }
                else if (value.Kind is JsonKind.Number or JsonKind.True or JsonKind.False
                    || (value.Kind == JsonKind.String && DeclaresProperties(resolved.Name)))
                {
                    // A string for a type without properties may be an enum whose page was not read as one.
                    Report(value, property, resolved, isCollection);
                }

                break;
        }
    }

    private bool DeclaresProperties(string typeName)
    {
        var type = _docSet.FindType(typeName);
        return type is not null && _docSet.GetAllProperties(type).Count > 0;
    }

    private bool FitsEnum(JsonNode value, string enumName)
    {
        if (value.Kind != JsonKind.String)
        {
            return false;
        }

        var definition = _docSet.FindEnum(enumName);
        if (definition is null || definition.Members.IsEmpty)
        {
            return true;
        }

        foreach (var part in value.Text.Split(','))
        {
            var name = part.Trim();
            if (name.Length > 0 && !IsMember(definition, name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMember(EnumDefinition definition, string name)
    {
        if (string.Equals(name, "unknownFutureValue", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var member in definition.Members)
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing to check: null, an elision, a type placeholder (a placeholder object is still looked at: SPD0019).</summary>
    private bool Skip(JsonNode value, int depth)
    {
        if (value.Kind is JsonKind.Null or JsonKind.Ellipsis or JsonKind.Invalid)
        {
            return true;
        }

        if (!JsonPlaceholders.IsPlaceholder(value, out _))
        {
            return false;
        }

        if (value.IsObject)
        {
            _walker.CheckObject(value, null, depth);
        }

        return true;
    }

    /// <summary>
    /// A <see cref="IsValuePlaceholder">value placeholder</see> where a string fits (strings, enums, unresolved types):
    /// accepted. Where the type constrains the text (dates, GUIDs, base64, numbers, ...) it is not: neither the
    /// contract tests' sample writer nor a reader of the DTOs takes <c>"datetime-value"</c> for a date-time, so the
    /// example must show a real value or a type placeholder (<c>"String (timestamp)"</c>); nor does a complex type
    /// read a string.
    /// </summary>
    private static bool SkipValuePlaceholder(JsonNode value, ResolvedType resolved) =>
        IsValuePlaceholder(value)
        && !(resolved.Kind == ResolvedTypeKind.Type
            || (resolved.Kind == ResolvedTypeKind.Primitive && resolved.Name is not (PrimitiveTypes.String or PrimitiveTypes.Stream or PrimitiveTypes.Json)));

    /// <summary>
    /// The docs' other placeholder convention: <c>"datetime-value"</c>, <c>"servicePlanId-value"</c>,
    /// <c>"Display Name value"</c> (a name followed by "value").
    /// </summary>
    private static bool IsValuePlaceholder(JsonNode value) =>
        value.Kind == JsonKind.String && value.Text.Length > 6
        && (value.Text.EndsWith("-value", StringComparison.OrdinalIgnoreCase) || value.Text.EndsWith(" value", StringComparison.OrdinalIgnoreCase));

    private void Report(JsonNode value, PropertyModel property, ResolvedType resolved, bool isCollection)
    {
        var type = resolved.Kind == ResolvedTypeKind.None ? property.Type.Raw : resolved.Name;
        if (isCollection)
        {
            type = "Collection(" + type + ")";
        }

        _output.Add(DiagnosticInfo.Create(RuleIds.ValueTypeMismatch, value.Location, Render(value), property.Name, type));
    }

    private static string Render(JsonNode value) => value.Kind switch
    {
        JsonKind.String => "\"" + RuleText.Short(value.Text) + "\"",
        JsonKind.Object => "{…}",
        JsonKind.Array => "[…]",
        _ => RuleText.Short(value.Text),
    };
}
