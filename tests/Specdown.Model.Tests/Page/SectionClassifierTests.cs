using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>Section kinds from heading text: case, surrounding white space and trailing ':' or '.' do not matter.</summary>
public class SectionClassifierTests
{
    [Theory]
    [InlineData("Properties", SectionKind.Properties)]
    [InlineData("  PROPERTIES \t", SectionKind.Properties)]
    [InlineData("Properties:", SectionKind.Properties)]
    [InlineData("Request body.", SectionKind.RequestBody)]
    [InlineData("Request Body :: ", SectionKind.RequestBody)]
    [InlineData("HTTP Request", SectionKind.HttpRequest)]
    [InlineData("Properties: .", SectionKind.Other)]
    [InlineData("Request headers (optional)", SectionKind.RequestHeaders)]
    [InlineData("Response", SectionKind.Response)]
    [InlineData("Status values", SectionKind.EnumValues)]
    [InlineData("Possible values", SectionKind.Other)]
    [InlineData("Propri\u00e9t\u00e9s", SectionKind.Other)]
    [InlineData("\u00a0Properties\u00a0", SectionKind.Properties)]
    [InlineData("A very long heading text that is longer than the string table's limit of characters", SectionKind.Other)]
    public void Headings_are_classified_whatever_their_case_spacing_and_trailing_punctuation(string heading, SectionKind expected)
    {
        Assert.Equal(expected, SectionClassifier.Classify(heading, inExamples: false));
    }

    [Fact]
    public void Response_headings_under_examples_are_example_responses()
    {
        Assert.Equal(SectionKind.ResponseExample, SectionClassifier.Classify("Response.", inExamples: true));
    }
}
