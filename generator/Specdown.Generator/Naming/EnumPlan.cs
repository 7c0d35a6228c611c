using System;
using System.Collections.Generic;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Naming;

/// <summary>
/// The C# shape of an enum: member names (unique, valid), values (documented, else by position; powers of two for
/// flags), the member unknown wire values map to (<c>unknownFutureValue</c> when documented, else a generated
/// <c>Unknown</c>), and the underlying type.
/// </summary>
internal sealed class EnumPlan
{
    public const string UnknownFutureValue = "unknownFutureValue";

    private EnumPlan(List<EnumMemberPlan> members, EnumMemberPlan fallback, bool generatedFallback, bool isLong)
    {
        Members = members;
        Fallback = fallback;
        HasGeneratedFallback = generatedFallback;
        IsLong = isLong;
    }

    /// <summary>Documented members in document order (wire duplicates removed), plus the generated fallback last.</summary>
    public IReadOnlyList<EnumMemberPlan> Members { get; }

    public EnumMemberPlan Fallback { get; }

    public bool HasGeneratedFallback { get; }

    public bool IsLong { get; }

    public static EnumPlan Create(EnumSpec spec, string enumName)
    {
        var allocator = new NameAllocator(enumName, "value__");
        var members = new List<EnumMemberPlan>();
        var seenWire = new HashSet<string>(StringComparer.Ordinal);
        EnumMemberPlan? fallback = null;
        long next = spec.IsFlags ? 1 : 0;
        var isLong = false;
        foreach (var member in spec.Members)
        {
            if (!seenWire.Add(member.WireName))
            {
                continue;
            }

            var value = member.Value ?? next;
            next = spec.IsFlags ? NextPowerOfTwo(value) : value + 1;
            isLong |= value > int.MaxValue || value < int.MinValue;
            var plan = new EnumMemberPlan(member.WireName, allocator.Allocate(IdentifierNames.ToPascalCase(member.WireName, "Member")), value, member.Description);
            members.Add(plan);
            if (fallback is null && string.Equals(member.WireName, UnknownFutureValue, StringComparison.OrdinalIgnoreCase))
            {
                fallback = plan;
            }
        }

        var generated = fallback is null;
        if (fallback is null)
        {
            fallback = new EnumMemberPlan(string.Empty, allocator.Allocate("Unknown"), spec.IsFlags ? 0 : -1, "A value this version of the docs does not know.");
            members.Add(fallback);
        }

        return new EnumPlan(members, fallback, generated, isLong);
    }

    private static long NextPowerOfTwo(long value)
    {
        if (value <= 0)
        {
            return 1;
        }

        long power = 1;
        while (power <= value && power < (1L << 62))
        {
            power <<= 1;
        }

        return power;
    }
}

/// <summary>One enum member: wire name (empty for the generated fallback), C# name, value, description.</summary>
internal sealed class EnumMemberPlan
{
    public EnumMemberPlan(string wireName, string name, long value, string description)
    {
        WireName = wireName;
        Name = name;
        Value = value;
        Description = description;
    }

    public string WireName { get; }

    public string Name { get; }

    public long Value { get; }

    public string Description { get; }
}
