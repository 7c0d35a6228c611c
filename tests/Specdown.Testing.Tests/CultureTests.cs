using System.Globalization;
using Specdown.Testing;

namespace Specdown.Testing.Tests;

public class CultureTests
{
    [Fact]
    public void Placeholders_and_messages_do_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            Assert.Equal(PlaceholderKind.Identifier, Placeholders.Classify("STRING (IDENTIFIER)"));
            Assert.Equal(PlaceholderKind.Timestamp, Placeholders.Classify("string (timestamp)"));
            Assert.True(JsonConformance.Match("""{"t": "String (timestamp)"}""", """{"t": "2021-07-01T10:20:30.5+03:00"}""").IsMatch);
            var exact = ConformanceOptions.Default with { NumbersAreExamples = false };
            var difference = Assert.Single(JsonConformance.Match("""{"n": 1.5}""", """{"n": 2.5}""", exact).Differences);
            Assert.Equal("$.n: expected number 1.5, got number 2.5", difference.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
