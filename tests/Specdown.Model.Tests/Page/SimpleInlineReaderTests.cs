using System.Text;
using Markdig;
using Markdig.Syntax;
using Specdown.Model.Parsing;

namespace Specdown.Model.Tests.Page;

/// <summary>
/// Paragraphs and headings with simple inlines skip Markdig's inline pass (<see cref="SimpleInlineExtension"/>); the
/// text, links and link locations read from their lines must equal what Markdig's own inlines give, and everything
/// that is not certain to read the same must keep Markdig's inline pass.
/// </summary>
public class SimpleInlineReaderTests
{
    /// <summary>The shared pipeline without the extension: Markdig parses every block's inlines.</summary>
    private static readonly MarkdownPipeline Reference = new MarkdownPipelineBuilder()
        .Use<BlockPipeTableExtension>()
        .UseYamlFrontMatter()
        .Build();

    [Theory]
    [InlineData("Just words, digits 123 and punctuation: (a), {b}, c; d? e. ~f~ |g| #h + i = j % k $l @m.")]
    [InlineData("Two lines\nof prose   with  spaces\tand tabs.")]
    [InlineData("Hard break  \nafter two spaces.")]
    [InlineData("Code `a` and ``b ` c`` and `` d `` and `  ` and ` e` and `a\\|b`.")]
    [InlineData("See [the chat](chat.md) and [`entity`](../resources/entity.md#properties) here.")]
    [InlineData("[](empty.md) and [ spaced  text ](x.md) and [two\nlines](y.md).")]
    [InlineData("[a](a.md)[b](b.md)! Wow! ! end")]
    [InlineData("Link to [user get](user_get.md?x=1*2#frag_ment).")]
    [InlineData("Some **bold**, *italic*, ***both***, __strong__ and _em_ text; snake_case_name, a * b and * bullet.")]
    [InlineData("**Note:** see [**the** `chat`](chat.md) and __init__ or *(parens)* or **x**.")]
    [InlineData("Nested **bold *and italic* text** and *italic **bold** more*.")]
    [InlineData("Emphasis over\nlines? No: **over\nlines** yes.")]
    [InlineData("Breaks<br>and<br/>and<br />and<BR>here.")]
    [InlineData("[!INCLUDE [sample-code](../includes/x.md)]\n[!INCLUDE [sdk](y.md)]")]
    [InlineData("Outer [a [b](c.md) d](e.md) and a stray ] bracket.")]
    [InlineData("Nested [a [b](b.md)](a.md) link.")]
    [InlineData("Bearer &lt;token&gt; Required &amp; Q& A &nbsp;x &quot;q&quot; end &")]
    [InlineData("Unicode: caf\u00e9 \u00a0non\u2011breaking \ud83d\ude00 [\u00e9t\u00e9](\u00e9.md).")]
    public void Simple_paragraphs_skip_markdig_inlines_and_read_the_same(string paragraph) =>
        AssertReadsTheSame(paragraph, skipsMarkdig: true);

    [Theory]
    [InlineData("Both flanking a*b*c and 2*3 here.")]
    [InlineData("Mismatched **a* here.")]
    [InlineData("Unclosed **bold here.")]
    [InlineData("Q&A and &copy; and &#123; here.")]
    [InlineData("Inner [a [b] c](d.md) here.")]
    [InlineData("Deep [a [b [c](c.md)]] here.")]
    [InlineData("Crossing *[a*](b.md) link.")]
    [InlineData("Crossing _a *b_ c* here.")]
    [InlineData("Four ****a**** here.")]
    [InlineData("Next to Unicode \u00e9*a*\u00e9 here.")]
    [InlineData("Other HTML <b>bold</b> and <br x> and <br/ > here.")]
    [InlineData("An escaped \\[bracket\\].")]
    [InlineData("An entity &amp; and Q&A.")]
    [InlineData("A break<br>and <b>html</b> and <https://example.com>.")]
    [InlineData("An image ![alt](a.png).")]
    [InlineData("A reference [link][ref] and [shortcut].\n\n[ref]: https://example.com\n[shortcut]: x.md")]
    [InlineData("A link with a title [a](a.md \"title\").")]
    [InlineData("A link with spaces [a]( a.md ) or parens [b](b(1).md) or <angle> [c](<c.md>).")]
    [InlineData("A code span `over\ntwo lines` here.")]
    [InlineData("Unmatched `backtick and [bracket and ] close.")]
    [InlineData("Code wins: [a `b](c)` d.")]
    [InlineData("A link split [a]\n(b.md) over lines.")]
    [InlineData("An empty target [a]() here.")]
    [InlineData("A target with an escape [a](b\\_c.md) or entity [d](e&amp;f).")]
    public void Other_paragraphs_keep_markdig_inlines_and_read_the_same(string paragraph) =>
        AssertReadsTheSame(paragraph, skipsMarkdig: false);

    [Theory]
    [InlineData("## Properties", true)]
    [InlineData("## Example 1: Get the [chat](chat.md) `id` ##", true)]
    [InlineData("Setext [title](t.md)\nover two lines\n===", true)]
    [InlineData("# [HTTP](#tab/http)", true)]
    [InlineData("# [C#](#TAB/CSharp) #", true)]
    [InlineData("## See [HTTP](#tab/http) here", false)]
    [InlineData("## **[HTTP](#tab/http)**", false)]
    [InlineData("## Create *bold* heading", true)]
    [InlineData("## Crossing *a_ b* c_", false)]
    public void Headings_read_the_same(string heading, bool skipsMarkdig)
    {
        Assert.IsType<HeadingBlock>(First(Markdown.Parse(heading, PageParser.Pipeline)));
        AssertReadsTheSame(heading, skipsMarkdig);
    }

    [Theory]
    [InlineData("# [HTTP](#tab/http)\n", "http")]
    [InlineData("# [C#](#TAB/CSharp) #\n", "csharp")]
    [InlineData("# **[HTTP](#tab/http)**\n", null)]
    [InlineData("# See [HTTP](#tab/http)\n", null)]
    public void A_tab_switcher_heading_is_read_the_same_way_with_or_without_markdig_inlines(string line, string? tab)
    {
        var page = PageParser.Parse("t.md", "---\ndoc_type: apiPageType\n---\n# Title\n\n" + line + "\nText.\n");
        Assert.Equal(tab == null ? 2 : 1, page.Headings.Count);
        Assert.Equal(tab == null ? "heading" : "tab-switcher", page.Accounting.Single(a => a.StartLine <= 6 && a.EndLine >= 6).Category);
        Assert.Equal(tab == null ? 1 : 0, page.Links.Count(l => l.Target.StartsWith("#tab/", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_paragraph_in_a_list_item_or_quote_reads_the_same_and_its_links_keep_page_offsets()
    {
        const string text = "Intro.\n\n- Item with [a](a.md)\n  and `code` on a second line.\n\n> Quote [b](b.md)\n> more.\n";
        var ours = Markdown.Parse(text, PageParser.Pipeline);
        var reference = Markdown.Parse(text, Reference);
        var ourBlocks = ours.Descendants<ParagraphBlock>().ToList();
        var referenceBlocks = reference.Descendants<ParagraphBlock>().ToList();
        Assert.Equal(referenceBlocks.Count, ourBlocks.Count);
        var map = new LineMap("t.md", text);
        var reads = new List<Reading>();
        for (var i = 0; i < ourBlocks.Count; i++)
        {
            Assert.Null(ourBlocks[i].Inline);
            reads.Add(Read(ourBlocks[i], map));
            Assert.Equal(Read(referenceBlocks[i], map), reads[i]);
        }

        var link = reads[2].Links.Single();
        Assert.Equal("b", link.Text);
        Assert.Equal("[b](b.md)", text.Substring(link.Location.Start, link.Location.Length));
        Assert.Equal(6, link.Location.StartLine);
        Assert.Equal(9, link.Location.StartColumn);
    }

    [Fact]
    public void A_page_parses_to_the_same_model_with_and_without_markdig_inlines_for_simple_blocks()
    {
        const string page = "---\ndoc_type: resourcePageType\n---\n# chat resource type\n\nNamespace: microsoft.graph\n\n" +
            "Represents a [chat](chat.md) with `id` and **bold** text.\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n" +
            "|id|String| The [identifier](id.md).|\n";
        var model = PageParser.Parse("chat.md", page);
        Assert.Equal("Represents a chat with id and bold text.", model.TextBlocks.Single(b => b.Text.StartsWith("Represents", StringComparison.Ordinal)).Text);
        Assert.Contains(model.Links, l => l.Text == "chat" && l.Target == "chat.md" && l.Location.StartLine == 8 && l.Location.StartColumn == 14);
        Assert.Equal("chat resource type", model.Title);
    }

    /// <summary>Our pipeline skips Markdig's inline pass exactly when expected, and reads what Markdig's inlines give.</summary>
    private static void AssertReadsTheSame(string text, bool skipsMarkdig)
    {
        var (ours, reference) = Both(text);
        Assert.Equal(skipsMarkdig, ours.Block.Inline == null);
        Assert.Equal(reference.Text, ours.Text);
        Assert.Equal(reference.Links, ours.Links);
    }

    private static (Result Ours, Result Reference) Both(string text)
    {
        var map = new LineMap("t.md", text);
        var ours = First(Markdown.Parse(text, PageParser.Pipeline));
        var reference = First(Markdown.Parse(text, Reference));
        return (new Result(ours, Read(ours, map)), new Result(reference, Read(reference, map)));
    }

    private static LeafBlock First(MarkdownDocument document) => document.Descendants<LeafBlock>().First(b => b is ParagraphBlock or HeadingBlock);

    private static Reading Read(LeafBlock block, LineMap map)
    {
        var links = new List<LinkRef>();
        var text = MarkdigInlines.PlainText(block, map, new StringBuilder(), links);
        return new Reading(text, links.ToArray());
    }

    private sealed record Reading(string Text, LinkRef[] Links)
    {
        public bool Equals(Reading? other) => other != null && Text == other.Text && Links.SequenceEqual(other.Links);

        public override int GetHashCode() => Text.GetHashCode();
    }

    private sealed record Result(LeafBlock Block, Reading Read)
    {
        public string Text => Read.Text;

        public LinkRef[] Links => Read.Links;
    }
}
