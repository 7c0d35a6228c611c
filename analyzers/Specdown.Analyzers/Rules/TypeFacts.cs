using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Specdown.Model;

namespace Specdown.Analyzers.Rules;

/// <summary>
/// Per-doc-set memo of what the example rules ask about types again and again: a type's properties with its base types'
/// (by name), and what a property's declared type resolves to. Keyed by the model objects themselves (the doc set is
/// read-only), so the answers are exactly <see cref="DocSet.GetAllProperties"/> and <see cref="DocSet.Resolve"/>.
/// Thread-safe: rules may run on several pages at once.
/// </summary>
internal sealed class TypeFacts
{
    private static readonly ConditionalWeakTable<DocSet, TypeFacts> ByDocSet = new();

    private readonly DocSet _docSet;
    private readonly ConcurrentDictionary<TypeDefinition, Dictionary<string, PropertyModel>> _properties = new(ReferenceComparer<TypeDefinition>.Instance);
    private readonly ConcurrentDictionary<PropertyModel, ResolvedType> _resolved = new(ReferenceComparer<PropertyModel>.Instance);

    private TypeFacts(DocSet docSet) => _docSet = docSet;

    public static TypeFacts For(DocSet docSet) => ByDocSet.GetValue(docSet, set => new TypeFacts(set));

    /// <summary>The properties of <paramref name="type"/> and its bases by name (case-insensitive; own first, first wins).</summary>
    public Dictionary<string, PropertyModel> Properties(TypeDefinition type) =>
        _properties.TryGetValue(type, out var map) ? map : _properties.GetOrAdd(type, BuildProperties(type));

    /// <summary><see cref="DocSet.Resolve"/> of the property's type from the page that declares it.</summary>
    public ResolvedType Resolve(PropertyModel property) =>
        _resolved.TryGetValue(property, out var resolved) ? resolved : _resolved.GetOrAdd(property, _docSet.Resolve(property.Type, property.Location.FilePath));

    private Dictionary<string, PropertyModel> BuildProperties(TypeDefinition type)
    {
        var map = new Dictionary<string, PropertyModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in _docSet.GetAllProperties(type))
        {
            if (!map.ContainsKey(property.Name))
            {
                map[property.Name] = property;
            }
        }

        return map;
    }
}
