using System.Globalization;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

/// <summary>Header cells are compared trimmed, without a trailing colon, in invariant lower case, in any culture.</summary>
public class TableHeaderNormalizeTests
{
    [Theory]
    [InlineData("Property", "property")]
    [InlineData("  Type :  ", "type")]
    [InlineData("Description:", "description")]
    [InlineData("type", "type")]
    [InlineData("IS REQUIRED?", "is required?")]
    [InlineData("", "")]
    [InlineData(" :: ", "")]
    [InlineData("Ünïcode Näme:", "ünïcode näme")]
    public void Normalize_TrimsDropsTheColonAndLowersInvariantly(string header, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(expected.Normalize(), TableClassifier.Normalize(header).Normalize());
            Assert.Equal(header.Trim().TrimEnd(':').Trim().ToLowerInvariant(), TableClassifier.Normalize(header));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("İd")]
    [InlineData("ΣΊΣΥΦΟΣ:")]
    [InlineData("\u00A0Name\u2003:")]
    public void Normalize_OfNonAsciiText_IsTheInvariantLowerCaseOfTheTrimmedText(string header)
    {
        Assert.Equal(header.Trim().TrimEnd(':').Trim().ToLowerInvariant(), TableClassifier.Normalize(header));
    }

    [Fact]
    public void Normalize_OfALongAsciiHeader_IsLoweredToo()
    {
        var header = new string('A', 100) + " Column:";
        Assert.Equal(new string('a', 100) + " column", TableClassifier.Normalize(header));
    }
}
