using System.Collections.Generic;
using Specdown.Generator.Naming;

namespace Specdown.Generator.Emitting;

/// <summary>The generated class a metadata class describes.</summary>
internal sealed class MetadataTarget
{
    public MetadataTarget(string globalType, bool isAbstract, string? baseMetadataClass, IReadOnlyList<MetadataMember> members, string? extensionDataName, IReadOnlyList<TypeEntry> derived)
    {
        GlobalType = globalType;
        IsAbstract = isAbstract;
        BaseMetadataClass = baseMetadataClass;
        Members = members;
        ExtensionDataName = extensionDataName;
        Derived = derived;
    }

    /// <summary><c>global::Ns.Type</c>.</summary>
    public string GlobalType { get; }

    public bool IsAbstract { get; }

    /// <summary>The metadata class of the base type (its properties come first), or null.</summary>
    public string? BaseMetadataClass { get; }

    public IReadOnlyList<MetadataMember> Members { get; }

    public string? ExtensionDataName { get; }

    /// <summary>Types derived from this one (<c>@odata.type</c> polymorphism when not empty).</summary>
    public IReadOnlyList<TypeEntry> Derived { get; }
}
