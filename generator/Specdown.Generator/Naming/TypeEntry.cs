namespace Specdown.Generator.Naming;

/// <summary>A type or enum with its allocated C# namespace and name.</summary>
internal sealed class TypeEntry
{
    public TypeEntry(Specs.TypeKey key, string csharpNamespace, string relativeNamespace, string csharpName)
    {
        Key = key;
        CSharpNamespace = csharpNamespace;
        RelativeNamespace = relativeNamespace;
        CSharpName = csharpName;
        GlobalName = "global::" + csharpNamespace + "." + csharpName;
        FileName = csharpName;
    }

    public Specs.TypeKey Key { get; }

    public string FullName => Key.FullName;

    public bool IsEnum => Key.IsEnum;

    /// <summary>The C# namespace, e.g. <c>Contoso.Graph.CallRecords</c>.</summary>
    public string CSharpNamespace { get; }

    /// <summary>The namespace relative to the root (empty for <c>microsoft.graph</c>).</summary>
    public string RelativeNamespace { get; }

    public string CSharpName { get; }

    /// <summary>The file (hint name stem) the type is written to, shared with similarly named types (see <see cref="FileGroups"/>).</summary>
    public string FileName { get; internal set; }

    /// <summary><c>global::Ns.Name</c>.</summary>
    public string GlobalName { get; }
}
