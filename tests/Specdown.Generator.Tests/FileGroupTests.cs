using Specdown.Generator.Naming;
using Specdown.Generator.Specs;
using Specdown.Model.Collections;

namespace Specdown.Generator.Tests;

/// <summary>Which file each type goes to (<see cref="FileGroups"/>): similarly named types share a file, deterministically.</summary>
public class FileGroupTests
{
    [Fact]
    public void Types_sharing_leading_words_share_a_file_and_lone_types_keep_their_name()
    {
        var files = FileNames(Keys("chat", "chatMessage", "entity", "allTypes"));

        Assert.Equal("Chat", files["Chat"]);
        Assert.Equal("Chat", files["ChatMessage"]);
        Assert.Equal("Entity", files["Entity"]);
        Assert.Equal("AllTypes", files["AllTypes"]);
    }

    [Fact]
    public void Large_families_are_split_at_word_boundaries_with_at_most_the_maximum_per_file()
    {
        var names = Enumerable.Range(0, 200).Select(i => "widget" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(new[] { "widgetGroup", "widgetGroupMember", "ipAddress", "IPRange", "ipv6Route", "device", "deviceHealthScript" })
            .ToArray();
        var table = new TypeNameTable("Root", Keys(names).Concat(Keys("deviceState").Select(k => k with { IsEnum = true })).ToEquatableArray());

        var groups = table.Entries.GroupBy(e => (e.IsEnum, e.FileName.ToLowerInvariant())).ToList();
        Assert.All(groups, g => Assert.InRange(g.Count(), 1, FileGroups.MaxPerFile));
        Assert.All(table.Entries, e => Assert.StartsWith(e.FileName, e.CSharpName, StringComparison.OrdinalIgnoreCase));
        var files = table.Entries.ToDictionary(e => e.CSharpName, e => e.FileName);
        Assert.Equal("Widget42", files["Widget42"]); // a run of digits is one word: 200 Widget<n> keep a file each
        Assert.Equal("Widget4", files["Widget4"]);
        Assert.Equal("WidgetGroup", files["WidgetGroupMember"]);
        Assert.Equal("Device", files["DeviceHealthScript"]);
        Assert.Equal("DeviceState", files["DeviceState"]); // enums are grouped apart from types
        Assert.Equal(files["IPRange"], files["IpAddress"]);
    }

    [Fact]
    public void File_names_are_unique_case_insensitively_and_independent_of_order()
    {
        // AbCd alone would be "AbCd", the group of ABCDEf and ABCDGh is "ABCD": the lone type falls back to its group's prefix.
        var keys = Keys("abCd", "ABCDEf", "ABCDGh", "x1", "x10", "x11", "X1a");
        var files = FileNames(keys);
        var shuffled = FileNames(keys.Reverse().ToArray());

        Assert.Equal(files, shuffled);
        var perFile = files.GroupBy(f => f.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Select(p => p.Key).OrderBy(n => n, StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(new[] { "ABCDEf", "ABCDGh" }, perFile["ABCD"]);
        Assert.Equal(new[] { "AbCd" }, perFile["Ab"]);
        Assert.Equal(new[] { "X1", "X10", "X11", "X1a" }, perFile["X"]);
        Assert.Equal(3, perFile.Count);
    }

    private static Dictionary<string, string> FileNames(TypeKey[] keys) =>
        new TypeNameTable("Root", keys.ToEquatableArray()).Entries.ToDictionary(e => e.CSharpName, e => e.FileName);

    private static TypeKey[] Keys(params string[] names) =>
        names.Select(n => new TypeKey("microsoft.graph." + n, n, "microsoft.graph", false, null, false, new[] { "resources/" + n + ".md" }, EquatableArray<string>.Empty)).ToArray();
}
