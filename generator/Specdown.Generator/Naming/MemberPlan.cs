using System.Collections.Generic;

namespace Specdown.Generator.Naming;

/// <summary>The members one DTO declares: own properties (wire → C# name, in document order) and extension data.</summary>
internal sealed class MemberPlan
{
    private readonly Dictionary<string, string> _byWire = new(System.StringComparer.Ordinal);

    public MemberPlan(
        IReadOnlyList<KeyValuePair<string, string>> own,
        string? extensionDataName,
        bool hasExtensionData,
        IReadOnlyCollection<string> allWireNames,
        IReadOnlyList<string> allCSharpNames)
    {
        Own = own;
        ExtensionDataName = extensionDataName;
        HasExtensionData = hasExtensionData;
        AllWireNames = allWireNames;
        AllCSharpNames = allCSharpNames;
        foreach (var pair in own)
        {
            _byWire[pair.Key] = pair.Value;
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Own { get; }

    /// <summary>The extension data property this type declares, or null (not open, or a base already has one).</summary>
    public string? ExtensionDataName { get; }

    /// <summary>Whether this type or a base declares extension data.</summary>
    public bool HasExtensionData { get; }

    /// <summary>Wire names declared here or in a base.</summary>
    public IReadOnlyCollection<string> AllWireNames { get; }

    /// <summary>C# member names declared here or in a base.</summary>
    public IReadOnlyList<string> AllCSharpNames { get; }

    /// <summary>The C# name of an own property, or null when it is inherited, skipped or a duplicate.</summary>
    public string? Get(string wireName) => _byWire.TryGetValue(wireName, out var name) ? name : null;
}
