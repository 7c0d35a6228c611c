using System;
using System.Collections.Generic;

namespace Specdown.Generator.Naming;

/// <summary>
/// Hands out names that are unique within one scope (a type's members, a namespace's types, a method's parameters).
/// Uniqueness is case-insensitive so that names also make unique file names; clashes get a numeric suffix.
/// </summary>
internal sealed class NameAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public NameAllocator(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _used.Add(name);
        }
    }

    /// <summary>Marks a name as taken without allocating it.</summary>
    public void Reserve(string name) => _used.Add(name);

    public bool IsUsed(string name) => _used.Contains(name);

    /// <summary>Returns <paramref name="name"/> or, when taken, the first free <c>name2</c>, <c>name3</c>, ...</summary>
    public string Allocate(string name)
    {
        if (_used.Add(name))
        {
            return name;
        }

        for (var i = 2; ; i++)
        {
            var candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
