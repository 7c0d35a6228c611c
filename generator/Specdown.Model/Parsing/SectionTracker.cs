using System.Collections.Generic;

namespace Specdown.Model.Parsing;

/// <summary>
/// Follows the heading structure while the page is walked: the stack of open headings, the effective section kind
/// (the innermost heading whose kind is known), whether the walk is inside the examples, and the SDK tab in force.
/// </summary>
internal sealed class SectionTracker
{
    private readonly List<(int Level, SectionKind Kind, string Text)> _stack = new();

    /// <summary>The innermost known section kind (Other when none).</summary>
    public SectionKind Kind { get; private set; }

    /// <summary>The text of the innermost heading (empty before the first heading).</summary>
    public string HeadingText { get; private set; } = string.Empty;

    /// <summary>Whether an Examples or Request heading came earlier on the page.</summary>
    public bool SeenExamples { get; private set; }

    /// <summary>Whether an open heading is an Examples, Request or example Response heading.</summary>
    public bool InExamples { get; private set; }

    /// <summary>The tab id of the SDK tab in force (<c>http</c>, <c>csharp</c>...), or null outside tab groups.</summary>
    public string? Tab { get; private set; }

    /// <summary>Whether the tab in force shows SDK snippets rather than the HTTP example.</summary>
    public bool InSnippetTab => Tab != null && Tab != "http";

    /// <summary>Opens a heading; returns its kind.</summary>
    public SectionKind Open(int level, string text, bool isTitle)
    {
        Tab = null;
        while (_stack.Count > 0 && _stack[_stack.Count - 1].Level >= level)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        var kind = isTitle
            ? SectionKind.Title
            : SectionClassifier.Classify(text, SeenExamples || InExamplesStack());
        _stack.Add((level, kind, text));
        SeenExamples |= kind == SectionKind.Examples || kind == SectionKind.Request;
        HeadingText = text;
        Refresh();
        return kind;
    }

    /// <summary>Records a tab switcher such as <c># [HTTP](#tab/http)</c>.</summary>
    public void SwitchTab(string tab) => Tab = tab;

    /// <summary>A thematic break closes a tab group.</summary>
    public void CloseTabs() => Tab = null;

    private void Refresh()
    {
        Kind = SectionKind.Other;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Kind != SectionKind.Other && _stack[i].Kind != SectionKind.Title)
            {
                Kind = _stack[i].Kind;
                break;
            }
        }

        InExamples = InExamplesStack();
    }

    private bool InExamplesStack()
    {
        foreach (var entry in _stack)
        {
            if (entry.Kind == SectionKind.Examples || entry.Kind == SectionKind.Request || entry.Kind == SectionKind.ResponseExample)
            {
                return true;
            }
        }

        return false;
    }
}
