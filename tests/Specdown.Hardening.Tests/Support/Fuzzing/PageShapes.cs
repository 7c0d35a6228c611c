using CsCheck;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>A page to feed the pipeline: its path and its (possibly mutated) text.</summary>
public sealed record PageDraft(string Path, string Text)
{
    public override string ToString() => "--- " + Path + " (" + Text.Length + " chars)\n" + (Text.Length > 4000 ? Text.Substring(0, 4000) + "…" : Text);
}

/// <summary>Whole pages (resource, API, mixed) assembled from <see cref="PageSections"/>, then mutated.</summary>
public static class PageShapes
{
    public static readonly Gen<string> ResourcePage =
        Gen.Select(PageSections.FrontMatter("resourcePageType"), PageWords.Name, PageSections.Prose, PageSections.PropertyTable,
            PageSections.EnumTable.Array[0, 2], PageSections.PropertyTable, PageSections.JsonRepresentation,
            (front, name, prose, properties, enums, relationships, json) =>
                front + "# " + name + " resource type\n\nNamespace: microsoft.graph\n\n" + prose + "## Properties\n\n" + properties +
                string.Concat(enums) + "## Relationships\n\n" + relationships + json);

    public static readonly Gen<string> ApiPage =
        Gen.Select(PageSections.FrontMatter("apiPageType"), PageWords.Name, PageSections.HttpRequestSection, PageSections.PropertyTable,
            PageSections.RequestExample, PageSections.ResponseExample, PageSections.Prose,
            (front, title, request, body, exampleRequest, exampleResponse, prose) =>
                front + "# " + title + "\n\nNamespace: microsoft.graph\n\n" + prose + request +
                "## Request headers\n\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {token}. Required. |\n\n" +
                "## Request body\n\n" + body + "## Response\n\nIf successful, this method returns a `200 OK` response code.\n\n## Examples\n\n" +
                exampleRequest + exampleResponse);

    /// <summary>Sections in any order and number, with or without front matter.</summary>
    public static readonly Gen<string> MixedPage =
        Gen.OneOf(PageSections.Prose, PageSections.PropertyTable, PageSections.EnumTable, PageSections.HttpRequestSection, PageSections.RequestExample,
                PageSections.ResponseExample, PageSections.JsonRepresentation, PageSections.Annotation, PageWords.Name.Select(n => "## " + n + "\n\n"))
            .Array[0, 10].Select(string.Concat);

    public static readonly Gen<string> AnyPage = Gen.Frequency((4, ResourcePage), (4, ApiPage), (2, MixedPage));

    public static readonly Gen<PageDraft> Draft =
        Gen.Select(Gen.OneOfConst("resources", "api", "includes", "concepts"), PageWords.Identifier, AnyPage, PageMutations.Mutations,
            (folder, name, text, mutations) => new PageDraft(folder + "/" + name + ".md", PageMutations.Apply(text, mutations)));

    /// <summary>A batch of pages with distinct paths (a doc set).</summary>
    public static readonly Gen<PageDraft[]> Batch = Draft.Array[1, 6].Select(Distinct);

    private static PageDraft[] Distinct(PageDraft[] drafts)
    {
        var result = new PageDraft[drafts.Length];
        for (var i = 0; i < drafts.Length; i++)
        {
            result[i] = drafts[i] with { Path = drafts[i].Path.Replace(".md", "-" + i + ".md", System.StringComparison.Ordinal) };
        }

        return result;
    }
}
