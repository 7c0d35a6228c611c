using System;
using System.Collections.Generic;

namespace Specdown.Generator.Naming;

/// <summary>
/// Which file each type and enum is written to. Types of one C# namespace whose names start with the same words share a
/// file named after those words: a type goes to the shortest leading run of its name's words (<c>Chat</c>,
/// <c>ChatMessage</c>, …) that starts at most <see cref="MaxPerFile"/> names of its namespace (case-insensitively), else
/// to a file of its own name; a type alone in its group also keeps its own name (<c>AllTypes.g.cs</c>, not
/// <c>All.g.cs</c>). <c>Chat</c> and <c>ChatMessage</c> share <c>Chat.g.cs</c>; 30 <c>Widget0</c>…<c>Widget29</c> share
/// <c>Widget.g.cs</c>, while 100 of them keep a file each (a run of digits is one word).
/// File names depend only on the names in the namespace, never on input order; they are unique case-insensitively.
/// Why: Roslyn checks each added source against every source already added, so thousands of outputs cost
/// quadratic time on every run of the generator, also when the outputs are cached.
/// </summary>
internal static class FileGroups
{
    /// <summary>At most this many types or enums in one file.</summary>
    public const int MaxPerFile = 32;

    /// <summary>Sets <see cref="TypeEntry.FileName"/> on every entry (types and enums are grouped separately).</summary>
    public static void Assign(IReadOnlyList<TypeEntry> entries)
    {
        var partitions = new Dictionary<string, List<TypeEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = (entry.IsEnum ? "e:" : "t:") + entry.RelativeNamespace;
            if (!partitions.TryGetValue(id, out var list))
            {
                list = new List<TypeEntry>();
                partitions[id] = list;
            }

            list.Add(entry);
        }

        foreach (var list in partitions.Values)
        {
            AssignPartition(list);
        }
    }

    private static void AssignPartition(List<TypeEntry> entries)
    {
        var lower = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            lower[i] = entries[i].CSharpName.ToLowerInvariant();
        }

        Array.Sort(lower, StringComparer.Ordinal);
        var groups = new Dictionary<string, List<TypeEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = Key(entry.CSharpName, lower);
            if (!groups.TryGetValue(key, out var members))
            {
                members = new List<TypeEntry>();
                groups[key] = members;
            }

            members.Add(entry);
        }

        foreach (var pair in groups)
        {
            // A type alone in its group keeps a file of its own name, unless that would be another group's name.
            if (pair.Value.Count == 1 && !groups.ContainsKey(pair.Value[0].CSharpName.ToLowerInvariant()))
            {
                continue;
            }

            // The file is named with the casing of its first member (ordinal), so the name does not depend on order.
            var first = pair.Value[0].CSharpName;
            foreach (var member in pair.Value)
            {
                if (string.CompareOrdinal(member.CSharpName, first) < 0)
                {
                    first = member.CSharpName;
                }
            }

            var fileName = first.Substring(0, pair.Key.Length);
            foreach (var member in pair.Value)
            {
                member.FileName = fileName;
            }
        }
    }

    /// <summary>The lower-case leading words of <paramref name="name"/> that name its file.</summary>
    private static string Key(string name, string[] sortedLower)
    {
        var lowerName = name.ToLowerInvariant();
        for (var end = NextWordEnd(name, 0); end < name.Length; end = NextWordEnd(name, end))
        {
            var prefix = lowerName.Substring(0, end);
            if (CountWithPrefix(sortedLower, prefix, MaxPerFile + 1) <= MaxPerFile)
            {
                return prefix;
            }
        }

        return lowerName;
    }

    /// <summary>The end of the word that starts at <paramref name="start"/>: before an upper-case letter that follows a lower-case letter or digit (or that starts a word after an acronym), a digit that follows a non-digit, or an underscore.</summary>
    internal static int NextWordEnd(string name, int start)
    {
        for (var i = start + 1; i < name.Length; i++)
        {
            var c = name[i];
            var previous = name[i - 1];
            if (c == '_' || (char.IsDigit(c) && !char.IsDigit(previous)))
            {
                return i;
            }

            if (char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous)
                || (char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                return i;
            }
        }

        return name.Length;
    }

    /// <summary>How many names start with <paramref name="prefix"/>, counting up to <paramref name="limit"/>.</summary>
    private static int CountWithPrefix(string[] sortedLower, string prefix, int limit)
    {
        var low = 0;
        var high = sortedLower.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(sortedLower[middle], prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var count = 0;
        for (var i = low; i < sortedLower.Length && count < limit && sortedLower[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            count++;
        }

        return count;
    }
}
