using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>One property of a generated class as its JSON metadata needs it.</summary>
internal sealed class MetadataMember
{
    public MetadataMember(PropertySpec property, string name, ClrType type)
    {
        Property = property;
        Name = name;
        Type = type;
    }

    public PropertySpec Property { get; }

    /// <summary>The C# property name (possibly <c>@</c>-escaped).</summary>
    public string Name { get; }

    public ClrType Type { get; }
}
