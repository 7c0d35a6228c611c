using System.Text.Json;
using Specdown.Analyzers.Rules;
using Specdown.Model.Parsing;

namespace Specdown.Analyzers.Tests.Rules;

/// <summary>
/// SPD0007's string formats agree with what System.Text.Json (the generated DTOs' reader) accepts, string by string,
/// so a value SPD0007 accepts round-trips and a value it reports does not; and the parser's reading of "abstract" and
/// "open type" in a type's prose, which decides whether the DTO is abstract or keeps unknown members.
/// </summary>
public sealed class JsonStringFormatsTests
{
    public static TheoryData<string> Texts() => new()
    {
        "2021-07-01", "2021-07-01T10:00", "2021-07-01T10:00:00", "2021-07-01T10:00:00Z", "2021-07-01T10:00:00.1234567Z",
        "2021-07-01T10:00:00.1234567890123456Z", "2021-07-01T10:00:00.12345678901234567Z", "2021-07-01T10:00:00+02:00",
        "2021-07-01T10:00:00-0800", "2021-07-01T10:00:00+02", "2021-07-01T10:00+01:00", "2021-07-01T10:00Z", "2021-07-01 10:00:00",
        "2021-07-01t10:00:00Z", "2021-02-30", "2021-13-01", "2021-07-01T24:00:00Z", "2021-07-01T10:60:00Z", "2021-07-01T10:00:00.Z",
        "2021-07-01T10:00:00+15:00", "2021-07-01T10:00:00+14:00", "2021-7-1", "datetime-value", "String (timestamp)", "",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "2021-07-01T10:00:00 Z",
        "3fa85f64-5717-4562-b3fc-2c963f66afa6", "{3fa85f64-5717-4562-b3fc-2c963f66afa6}", "3fa85f6457174562b3fc2c963f66afa6",
        "3FA85F64-5717-4562-B3FC-2C963F66AFA6", "servicePlanId-value", "3fa85f64-5717-4562-b3fc-2c963f66afa",
        "AAAA", "AAA=", "AA==", "A===", "AAAAA", "dmFsdWU=", "a0b1c76de9f7=", "Adfsdfsdfsdfw==", "AA AA", "AA=A", "+/+/",
        "base64Y3YxN2E1MWFlYw==",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void DateTimeOffset_agrees_with_System_Text_Json(string text) =>
        Assert.Equal(Reads<DateTimeOffset>(text), JsonStringFormats.IsDateTimeOffset(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Date_agrees_with_System_Text_Json(string text) =>
        Assert.Equal(Reads<DateOnly>(text), JsonStringFormats.IsDate(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Guid_agrees_with_System_Text_Json(string text) =>
        Assert.Equal(Reads<Guid>(text), JsonStringFormats.IsGuid(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Binary_agrees_with_System_Text_Json(string text) =>
        Assert.Equal(Reads<byte[]>(text), JsonStringFormats.IsBase64(text));

    [Theory]
    [InlineData("PT1H", true)]
    [InlineData("P1DT2H30M", true)]
    [InlineData("-P1D", true)]
    [InlineData("PT0.5S", true)]
    [InlineData("datetime-value", false)]
    [InlineData("01:00:00", false)]
    [InlineData("P", false)]
    [InlineData("", false)]
    public void Duration_is_what_the_DTOs_ISO_8601_converter_reads(string text, bool expected) =>
        Assert.Equal(expected, JsonStringFormats.IsDuration(text));

    [Theory]
    [InlineData("This is an abstract type.", true)]
    [InlineData("The **dataSource** entity is an abstract base class used to identify sources.", true)]
    [InlineData("A unifiedRoleManagementPolicyRule specifies a rule. It is abstract.", true)]
    [InlineData("> This complex type is abstract. Refer to the specific types.", true)]
    [InlineData("An empty and abstract base. Use a derived type.", true)]
    [InlineData("Inherits from the abstract base type [authenticationListener](../resources/authenticationlistener.md).", false)]
    [InlineData("An extension, which is derived from the [extension](extension.md) abstract type.", false)]
    [InlineData("Represents an abstract definition for a task that can be triggered.", false)]
    [InlineData("Custom attributes are an abstraction over schema extensions.", false)]
    [InlineData("Constraint that enforces an AbstractComplex type has a value.", false)]
    [InlineData("A setting instance representing a complex value for an abstract setting.", false)]
    public void Abstract_wording_speaks_of_the_page_s_own_type(string text, bool expected)
    {
        var page = PageParser.Parse("docs/resources/thing.md", $"# thing resource type\n\nNamespace: microsoft.graph\n\n{text}\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n");
        Assert.Equal(expected, Assert.Single(page.Types).IsAbstract);
    }

    [Theory]
    [InlineData("Derived from the [targetResource](targetresource.md) type.", "microsoft.graph.targetResource")]
    [InlineData("An extension, which is derived from the [extension](extension.md) abstract type.", "microsoft.graph.extension")]
    [InlineData("Inherits from [entity](entity.md).", "microsoft.graph.entity")]
    public void The_base_type_is_read_from_the_prose(string text, string expected)
    {
        var page = PageParser.Parse("docs/resources/thing.md", $"# thing resource type\n\nNamespace: microsoft.graph\n\n{text}\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n");
        Assert.Equal(expected, Assert.Single(page.Types).BaseType);
    }

    [Theory]
    [InlineData("A set of assignments. This type is an open type. Each property name is a user ID.", true)]
    [InlineData("This resource is an open type and is part of the planner user.", true)]
    [InlineData("A set of assignments.", false)]
    public void A_type_the_description_calls_open_is_open(string text, bool expected)
    {
        var page = PageParser.Parse("docs/resources/thing.md", $"# thing resource type\n\nNamespace: microsoft.graph\n\n{text}\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n");
        Assert.Equal(expected, Assert.Single(page.Types).IsOpenType);
    }

    [Theory]
    [InlineData("The last day. Required.", true)]
    [InlineData("The last day. Required when creating a range.", true)]
    [InlineData("The last day. Required if **type** is `endDate`.", false)]
    [InlineData("The count. Required and must be positive only if the type is numbered.", true)]
    [InlineData("The count. Required only when the type is numbered.", false)]
    [InlineData("The last day. Not required.", false)]
    [InlineData("Addresses. The **any** operator is required for filter expressions on multi-valued properties.", false)]
    [InlineData("Side Loading Keys that are required for the Windows 8 and 8.1 Apps installation.", false)]
    [InlineData("The display name. This property is required when a user is created.", true)]
    public void Only_an_unconditional_requirement_of_the_property_makes_it_required(string description, bool expected)
    {
        var page = PageParser.Parse("docs/resources/thing.md", $"# thing resource type\n\nNamespace: microsoft.graph\n\nA thing.\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| endDate | Date | {description} |\n");
        Assert.Equal(expected, Assert.Single(Assert.Single(page.Types).Properties).IsRequired);
    }

    private static bool Reads<T>(string text)
    {
        try
        {
            JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(text));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
