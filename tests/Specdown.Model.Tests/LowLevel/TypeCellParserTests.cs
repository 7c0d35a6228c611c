using Specdown.Model;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.LowLevel;

public class TypeCellParserTests
{
    private static readonly LocationInfo Where = new("resources/chat.md", 400, 12, 30, 10, 30, 22);

    private static TypeRef Parse(string raw, params LinkRef[] links) => TypeCellParser.Parse(raw, links, Where);

    [Theory]
    [InlineData("String", "String")]
    [InlineData("string", "String")]
    [InlineData("Edm.String", "String")]
    [InlineData("`Edm.boolean `", "Boolean")]
    [InlineData("Int32", "Int32")]
    [InlineData("int32", "Int32")]
    [InlineData("Int64", "Int64")]
    [InlineData("dateTimeOffset", "DateTimeOffset")]
    [InlineData("DateTimeOffset", "DateTimeOffset")]
    [InlineData("Date", "Date")]
    [InlineData("TimeOfDay", "TimeOfDay")]
    [InlineData("Duration", "Duration")]
    [InlineData("GUID", "Guid")]
    [InlineData("Binary", "Binary")]
    [InlineData("Stream", "Stream")]
    [InlineData("**Boolean**", "Boolean")]
    [InlineData("`String`", "String")]
    [InlineData("String<br>", "String")]
    [InlineData("JSON object", "Json")]
    [InlineData("string (timestamp)", "DateTimeOffset")]
    public void Primitives_AreCanonical(string raw, string name)
    {
        var type = Parse(raw);

        Assert.Equal(TypeRefKind.Primitive, type.Kind);
        Assert.Equal(name, type.Name);
        Assert.False(type.IsCollection);
        Assert.Equal(raw, type.Raw);
        Assert.Equal(Where, type.Location);
    }

    [Theory]
    [InlineData("String collection", "String")]
    [InlineData("string Collection", "String")]
    [InlineData("Collection(Edm.String)", "String")]
    [InlineData("collection of strings", "String")]
    [InlineData("Int32[]", "Int32")]
    [InlineData("Collection(String)", "String")]
    public void PrimitiveCollections(string raw, string name)
    {
        var type = Parse(raw);

        Assert.Equal((TypeRefKind.Primitive, name, true), (type.Kind, type.Name, type.IsCollection));
    }

    [Theory]
    [InlineData("[chat](../resources/chat.md)", "chat", "../resources/chat.md", false)]
    [InlineData("[identitySet](identityset.md) collection", "identitySet", "identityset.md", true)]
    [InlineData("[chatType](chat.md#chattype-values)", "chatType", "chat.md#chattype-values", false)]
    [InlineData("[microsoft.graph.callRecords.session](callrecords-session.md)", "callRecords.session", "callrecords-session.md", false)]
    [InlineData("Collection([chatMessage](chatmessage.md))", "chatMessage", "chatmessage.md", true)]
    [InlineData("[fileHashType](filehashtypeenumtype.md) enum", "fileHashType", "filehashtypeenumtype.md", false)]
    [InlineData("[itemBody](itembody.md)<br/>", "itemBody", "itembody.md", false)]
    [InlineData("**[itemBody](itembody.md)**", "itemBody", "itembody.md", false)]
    [InlineData("[educationOutcome](educationOutcome.md) collection. Holds grades", "educationOutcome", "educationOutcome.md", true)]
    public void Links_AreNamedTypes(string raw, string name, string target, bool isCollection)
    {
        var type = Parse(raw);

        Assert.Equal(TypeRefKind.Named, type.Kind);
        Assert.Equal(name, type.Name);
        Assert.Equal(target, type.LinkTarget);
        Assert.Equal(isCollection, type.IsCollection);
    }

    [Theory]
    [InlineData("[identitySet][]", "identitySet", false)]
    [InlineData("[identitySet][] collection", "identitySet", true)]
    [InlineData("[identitySet][ids]", "identitySet", false)]
    [InlineData("[identitySet]", "identitySet", false)]
    public void ReferenceLinks_TakeTheirTargetFromThePageLinks(string raw, string name, bool isCollection)
    {
        var link = new LinkRef("identitySet", "identityset.md", Where);

        var type = Parse(raw, link);

        Assert.Equal((TypeRefKind.Named, name, "identityset.md", isCollection), (type.Kind, type.Name, type.LinkTarget, type.IsCollection));
    }

    [Theory]
    [InlineData("identitySet", "identitySet", false)]
    [InlineData("microsoft.graph.identitySet", "identitySet", false)]
    [InlineData("microsoft.graph.ediscovery.sourceType", "ediscovery.sourceType", false)]
    [InlineData("metadataEntry collection", "metadataEntry", true)]
    [InlineData("alertStatus enum", "alertStatus", false)]
    public void BareNames_AreNamedTypesWithoutTarget(string raw, string name, bool isCollection)
    {
        var type = Parse(raw);

        Assert.Equal((TypeRefKind.Named, name, (string?)null, isCollection), (type.Kind, type.Name, type.LinkTarget, type.IsCollection));
    }

    [Theory]
    [InlineData("(Optional) String", TypeRefKind.Primitive, "String")]
    [InlineData("String (optional)", TypeRefKind.Primitive, "String")]
    [InlineData("Optional. String", TypeRefKind.Primitive, "String")]
    [InlineData("[teamVisibilityType](teamvisibilitytype.md) (optional)", TypeRefKind.Named, "teamVisibilityType")]
    public void OptionalMarkers(string raw, TypeRefKind kind, string name)
    {
        var type = Parse(raw);

        Assert.True(type.IsOptional);
        Assert.Equal((kind, name), (type.Kind, type.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("None")]
    [InlineData("none")]
    [InlineData("<br>")]
    public void Empty_IsNone(string raw)
    {
        Assert.Equal(TypeRefKind.None, Parse(raw).Kind);
    }

    [Theory]
    [InlineData("string, maximum size 20", "String")]
    [InlineData("String (readonly)", "String")]
    [InlineData("Int32 (nullable)", "Int32")]
    [InlineData("String. Read-only.", "String")]
    [InlineData("Boolean - true if enabled", "Boolean")]
    public void LeadingPrimitiveWithRemark_IsThePrimitive_RawKept(string raw, string name)
    {
        var type = Parse(raw);

        Assert.Equal((TypeRefKind.Primitive, name), (type.Kind, type.Name));
        Assert.Equal(raw, type.Raw);
    }

    [Theory]
    [InlineData("[appHostedMediaConfig](a.md) or [serviceHostedMediaConfig](s.md)")]
    [InlineData("string/number")]
    [InlineData("(boolean or string or number) collection")]
    [InlineData("Not supported.")]
    [InlineData("application/json")]
    [InlineData("Distribution groups")]
    [InlineData("eventual. This header is required")]
    [InlineData("[Microsoft 365 groups](#microsoft-365-groups)")]
    [InlineData("Moment in time when the resource was created. DateTimeOffset")]
    public void FreeText_IsUnclassified_RawKept(string raw)
    {
        var type = Parse(raw);

        Assert.Equal(TypeRefKind.Unclassified, type.Kind);
        Assert.Equal(raw, type.Raw);
        Assert.False(string.IsNullOrEmpty(type.Name));
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[x](")]
    [InlineData("[x][")]
    [InlineData("]]][[[")]
    [InlineData("<")]
    [InlineData("&")]
    [InlineData("&#;")]
    [InlineData("Collection(")]
    [InlineData("\uD800")]
    [InlineData("``````")]
    public void Garbage_NeverThrows(string raw)
    {
        var type = Parse(raw);

        Assert.Equal(raw, type.Raw);
    }

    [Fact]
    public void A_repeated_cell_keeps_its_own_location_and_raw_text()
    {
        var elsewhere = new LocationInfo("resources/user.md", 900, 6, 41, 3, 41, 9);
        var first = TypeCellParser.Parse("[identitySet](identityset.md)", System.Array.Empty<LinkRef>(), Where);
        var second = TypeCellParser.Parse("[identitySet](identityset.md)", System.Array.Empty<LinkRef>(), elsewhere);

        Assert.Equal(first with { Location = elsewhere }, second);
        Assert.Equal(elsewhere, second.Location);
    }

    [Fact]
    public void A_reference_link_cell_is_resolved_against_each_page_s_links()
    {
        var onPageA = Parse("[identitySet][]", new LinkRef("identitySet", "identityset.md", Where));
        var onPageB = Parse("[identitySet][]", new LinkRef("identitySet", "../beta/identityset.md", Where));

        Assert.Equal("identityset.md", onPageA.LinkTarget);
        Assert.Equal("../beta/identityset.md", onPageB.LinkTarget);
    }
}
