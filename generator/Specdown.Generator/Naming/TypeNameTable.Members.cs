using System;
using System.Collections.Generic;

namespace Specdown.Generator.Naming;

internal sealed partial class TypeNameTable
{
    /// <summary>The name of the open-type extension data property.</summary>
    public const string ExtensionDataName = "AdditionalData";

    private const string ODataTypeWireName = "@odata.type";

    private static readonly string[] ObjectMembers = { "GetType", "ToString", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    private readonly Dictionary<string, TypeEntry?> _base = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<TypeEntry>> _derived = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MemberPlan> _members = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The resolved class base of a type, or null (unresolved, an enum, itself, or part of a cycle).</summary>
    public TypeEntry? GetBase(TypeEntry type) => _base.TryGetValue(type.FullName, out var entry) ? entry : null;

    /// <summary>All types whose base chain contains <paramref name="type"/>, ordered by full name.</summary>
    public IReadOnlyList<TypeEntry> GetDerived(TypeEntry type) =>
        _derived.TryGetValue(type.FullName, out var list) ? list : (IReadOnlyList<TypeEntry>)Array.Empty<TypeEntry>();

    /// <summary>Whether the type has a base or derived types (its <c>@odata.type</c> is then the discriminator).</summary>
    public bool IsInHierarchy(TypeEntry type) => GetBase(type) is not null || GetDerived(type).Count > 0;

    private void BuildHierarchy()
    {
        foreach (var entry in _entries)
        {
            if (entry.IsEnum || entry.Key.BaseType is not { } baseName)
            {
                continue;
            }

            var candidate = ResolveName(baseName, entry.Key.Namespace);
            _base[entry.FullName] = candidate is { IsEnum: false } && candidate != entry ? candidate : null;
        }

        // Break cycles: a type whose chain comes back to itself loses its base.
        foreach (var entry in _entries)
        {
            if (!entry.IsEnum && LeadsToCycle(entry))
            {
                _base[entry.FullName] = null;
            }
        }

        foreach (var entry in _entries)
        {
            for (var ancestor = GetBase(entry); ancestor is not null; ancestor = GetBase(ancestor))
            {
                if (!_derived.TryGetValue(ancestor.FullName, out var list))
                {
                    list = new List<TypeEntry>();
                    _derived[ancestor.FullName] = list;
                }

                list.Add(entry);
            }
        }

        foreach (var list in _derived.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        }
    }

    private bool LeadsToCycle(TypeEntry entry)
    {
        var seen = new HashSet<TypeEntry>();
        for (var current = GetBase(entry); current is not null; current = GetBase(current))
        {
            if (current == entry || !seen.Add(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The properties a type declares itself (wire name → C# name), computed once per type.</summary>
    public MemberPlan GetMembers(TypeEntry type)
    {
        lock (_members)
        {
            return GetMembersCore(type);
        }
    }

    private MemberPlan GetMembersCore(TypeEntry type)
    {
        if (_members.TryGetValue(type.FullName, out var plan))
        {
            return plan;
        }

        var allocator = new NameAllocator(ObjectMembers);
        allocator.Reserve(type.CSharpName);
        var inheritedWire = new HashSet<string>(StringComparer.Ordinal);
        var hasExtensionData = false;
        if (GetBase(type) is { } baseType)
        {
            var basePlan = GetMembersCore(baseType);
            foreach (var name in basePlan.AllCSharpNames)
            {
                allocator.Reserve(name);
            }

            inheritedWire.UnionWith(basePlan.AllWireNames);
            hasExtensionData = basePlan.HasExtensionData;
        }

        var skipODataType = IsInHierarchy(type);
        var own = new List<KeyValuePair<string, string>>();
        foreach (var wire in type.Key.PropertyWireNames)
        {
            if ((skipODataType && string.Equals(wire, ODataTypeWireName, StringComparison.OrdinalIgnoreCase)) || !inheritedWire.Add(wire))
            {
                continue;
            }

            own.Add(new KeyValuePair<string, string>(wire, allocator.Allocate(IdentifierNames.ToPascalCase(wire, "Property"))));
        }

        string? extensionData = null;
        if (type.Key.IsOpenType && !hasExtensionData)
        {
            extensionData = allocator.Allocate(ExtensionDataName);
        }

        plan = new MemberPlan(own, extensionData, hasExtensionData || extensionData is not null, inheritedWire, GetBase(type) is { } b ? Concat(GetMembersCore(b).AllCSharpNames, own, extensionData) : Concat(Array.Empty<string>(), own, extensionData));
        _members[type.FullName] = plan;
        return plan;
    }

    private static List<string> Concat(IEnumerable<string> inherited, List<KeyValuePair<string, string>> own, string? extra)
    {
        var all = new List<string>(inherited);
        foreach (var pair in own)
        {
            all.Add(pair.Value);
        }

        if (extra is not null)
        {
            all.Add(extra);
        }

        return all;
    }
}
