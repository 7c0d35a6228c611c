using System;
using System.Threading;
using Specdown.Generator.Naming;
using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// The cross-file index: every type and enum key of the doc set plus the root namespace. Resolution and naming tables
/// are built lazily from it (<see cref="Names"/>) and are not part of equality.
/// </summary>
/// <remarks>Equality: <see cref="RootNamespace"/> and <see cref="Keys"/> by value.</remarks>
internal sealed class TypeIndex : IEquatable<TypeIndex>
{
    private static TypeIndex? _lastBuilt;

    private TypeNameTable? _names;

    public TypeIndex(string rootNamespace, EquatableArray<TypeKey> keys)
    {
        RootNamespace = rootNamespace;
        Keys = keys;
    }

    public string RootNamespace { get; }

    /// <summary>Keys ordered by full name (ordinal).</summary>
    public EquatableArray<TypeKey> Keys { get; }

    /// <summary>The naming and resolution tables, built once on first use.</summary>
    public TypeNameTable Names
    {
        get
        {
            var names = Volatile.Read(ref _names);
            if (names is null)
            {
                // An edit that leaves the keys unchanged yields an equal index: reuse the tables already built.
                var last = Volatile.Read(ref _lastBuilt);
                names = last is not null && !ReferenceEquals(last, this) && Equals(last) ? last.Names : new TypeNameTable(RootNamespace, Keys);
                Interlocked.CompareExchange(ref _names, names, null);
                names = _names!;
                Volatile.Write(ref _lastBuilt, this);
            }

            return names;
        }
    }

    public bool Equals(TypeIndex? other) =>
        other is not null && (ReferenceEquals(this, other) || (RootNamespace == other.RootNamespace && Keys.Equals(other.Keys)));

    public override bool Equals(object? obj) => Equals(obj as TypeIndex);

    public override int GetHashCode() => unchecked(RootNamespace.GetHashCode() * 31 + Keys.GetHashCode());
}
