using System.Text.Json;

namespace Specdown.Testing;

internal sealed partial class ConformanceMatcher
{
    private void MatchArray(JsonElement expected, JsonElement actual, int depth)
    {
        if (actual.ValueKind != JsonValueKind.Array)
        {
            Report("array", JsonValueDescriber.Describe(actual), DifferenceKind.KindMismatch);
            return;
        }

        var documentedCount = expected.GetArrayLength();
        if (_options.StrictArrayLengths)
        {
            MatchItemByItem(expected, actual, depth, allowExtra: false, allowMissing: false);
            return;
        }

        if (documentedCount == 0)
        {
            if (_options.ValueMode == ValueMode.Exact && !_options.Truncated)
            {
                MatchItemByItem(expected, actual, depth, allowExtra: false, allowMissing: false);
            }

            return;
        }

        if (documentedCount == 1)
        {
            MatchAgainstTemplate(expected[0], actual, depth, 0);
            return;
        }

        var isCollection = _options.IsCollection && _path.IsRootOrRootProperty("value");
        MatchItemByItem(expected, actual, depth, allowExtra: _options.Truncated || isCollection, allowMissing: isCollection);
    }

    private void MatchItemByItem(JsonElement expected, JsonElement actual, int depth, bool allowExtra, bool allowMissing)
    {
        using var documentedItems = expected.EnumerateArray();
        using var actualItems = actual.EnumerateArray();
        var index = 0;
        var hasDocumented = documentedItems.MoveNext();
        var hasActual = actualItems.MoveNext();
        while (hasDocumented && hasActual)
        {
            MatchAt(index, documentedItems.Current, actualItems.Current, depth);
            index++;
            hasDocumented = documentedItems.MoveNext();
            hasActual = actualItems.MoveNext();
        }

        for (; hasDocumented && !allowMissing; hasDocumented = documentedItems.MoveNext(), index++)
        {
            ReportAt(index, "an item like " + DescribeExpected(documentedItems.Current), JsonValueDescriber.Nothing, DifferenceKind.MissingItem);
        }

        var template = expected.GetArrayLength() > 0 ? expected[0] : default;
        for (; hasActual; hasActual = actualItems.MoveNext(), index++)
        {
            if (allowExtra && template.ValueKind != JsonValueKind.Undefined)
            {
                MatchAt(index, template, actualItems.Current, depth);
            }
            else if (!allowExtra)
            {
                ReportAt(index, "no item", JsonValueDescriber.Describe(actualItems.Current), DifferenceKind.UnexpectedItem);
            }
        }
    }

    /// <summary>"Items like this": every actual item conforms to the documented item.</summary>
    private void MatchAgainstTemplate(JsonElement template, JsonElement actual, int depth, int start)
    {
        var index = 0;
        foreach (var item in actual.EnumerateArray())
        {
            if (index >= start)
            {
                MatchAt(index, template, item, depth);
            }

            index++;
        }
    }
}
