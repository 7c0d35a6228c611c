using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

public class StringTableTests
{
    [Fact]
    public void EqualShortPieces_AreOneInstance_WithTheSubstringValue()
    {
        var first = StringTable.Get("a: displayName, b", 3, 11);
        var second = StringTable.Get("{\"displayName\": 1}", 2, 11);

        Assert.Equal("displayName", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void DifferentPieces_KeepTheirOwnValues()
    {
        var text = "alpha beta alpha";

        Assert.Equal("alpha", StringTable.Get(text, 0, 5));
        Assert.Equal("beta", StringTable.Get(text, 6, 4));
        Assert.Equal("alpha", StringTable.Get(text, 11, 5));
    }

    [Fact]
    public void LongPieces_AreCutButNotShared()
    {
        var piece = new string('x', StringTable.MaxLength + 1);
        var text = "[" + piece + "]";

        var first = StringTable.Get(text, 1, piece.Length);
        var second = StringTable.Get(text, 1, piece.Length);

        Assert.Equal(piece, first);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void EmptyAndWholeText_NeedNoNewString()
    {
        var text = "whole";

        Assert.Same(string.Empty, StringTable.Get(text, 2, 0));
        Assert.Same(text, StringTable.Get(text, 0, text.Length));
    }

    [Fact]
    public void BuilderPieces_MatchTheBuilderText()
    {
        var builder = new System.Text.StringBuilder("Request headers and more");

        var piece = StringTable.Get(builder, 0, 15);

        Assert.Equal("Request headers", piece);
        Assert.Same(piece, StringTable.Get("## Request headers".AsSpan(3)));
    }

    [Fact]
    public void Get_WithThisThreadsSlots_EqualsTheSubstring_AndSharesTheCachedInstance()
    {
        var text = "xx displayName yy displayName zz " + new string('a', 60);
        var slots = StringTable.ThreadSlots;

        var first = StringTable.Get(slots, text, 3, 11);
        var second = StringTable.Get(text, 18, 11);

        Assert.Equal("displayName", first);
        Assert.Same(first, second);
        Assert.Same(slots, StringTable.ThreadSlots);
        Assert.Equal(new string('a', 60), StringTable.Get(slots, text, text.Length - 60, 60));
        Assert.Same(text, StringTable.Get(slots, text, 0, text.Length));
        Assert.Same(string.Empty, StringTable.Get(slots, text, 5, 0));
    }
}
