namespace Specdown.Analyzers.Tests.Rules;

public sealed class PlaceholderTextRuleTests
{
    private const string Page = """
        ---
        title: "Widget"
        author: "**TODO: Provide name**"
        doc_type: conceptualPageType
        ---

        # Widget

        The widget is TBD for now.

        | Name | Description |
        |:-----|:------------|
        | a | **TODO: Add Description** |
        """;

    [Fact]
    public void Reports_each_placeholder_in_front_matter_table_and_prose_at_its_column()
    {
        var found = RuleHarness.Of("SPD0001", ("docs/widget.md", Page));

        Assert.Equal(
            new[]
            {
                "docs/widget.md(3,10): Unresolved placeholder text: **TODO: Provide name**",
                "docs/widget.md(9,15): Unresolved placeholder text: TBD",
                "docs/widget.md(13,7): Unresolved placeholder text: **TODO: Add Description**",
            },
            found);
    }

    [Fact]
    public void Does_not_report_todo_inside_words_lower_case_or_code()
    {
        const string clean = """
            ---
            title: "Todo list"
            doc_type: conceptualPageType
            ---

            # todoTask resource

            A todo list has TODOS and a MyTODOList; see the TBDs.

            ```json
            { "note": "TODO: in code is an example value" }
            ```
            """;

        Assert.Empty(RuleHarness.Of("SPD0001", ("docs/todo.md", clean)));
    }
}
