using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Specdown.Analyzers.Rules;

/// <summary>Identity comparison for caches keyed by model objects (records compare by value, which costs a deep walk).</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
