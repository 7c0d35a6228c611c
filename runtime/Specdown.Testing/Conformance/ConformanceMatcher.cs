using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Specdown.Testing;

/// <summary>Walks a documented and an actual JSON value side by side and records differences.</summary>
/// <remarks>Split by concern: scalars here, objects and arrays in the partial files.</remarks>
internal sealed partial class ConformanceMatcher
{
    private readonly ConformanceOptions _options;
    private readonly List<ConformanceDifference> _differences = new();
    private readonly JsonPathStack _path = new();

    public ConformanceMatcher(ConformanceOptions options)
    {
        _options = options;
    }

    public IReadOnlyList<ConformanceDifference> Differences => _differences;

    public void Match(JsonElement expected, JsonElement actual, int depth)
    {
        if (depth > _options.MaxDepth)
        {
            Report("at most " + _options.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels of nesting", "deeper JSON", DifferenceKind.InvalidJson);
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                MatchObject(expected, actual, depth);
                break;
            case JsonValueKind.Array:
                MatchArray(expected, actual, depth);
                break;
            case JsonValueKind.String:
                MatchString(expected.GetString()!, actual);
                break;
            case JsonValueKind.Number:
                MatchNumber(expected, actual);
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                MatchBoolean(expected, actual);
                break;
            case JsonValueKind.Null:
                if (_options.ValueMode == ValueMode.Exact && actual.ValueKind != JsonValueKind.Null)
                {
                    Report("null", JsonValueDescriber.Describe(actual), DifferenceKind.ValueMismatch);
                }

                break;
        }
    }

    private void MatchString(string expected, JsonElement actual)
    {
        if (actual.ValueKind == JsonValueKind.String && actual.ValueEquals(expected))
        {
            return;
        }

        var kind = Placeholders.Classify(expected);
        switch (kind)
        {
            case PlaceholderKind.Boolean:
                ExpectKind(actual, JsonValueKind.True, JsonValueKind.False, "boolean");
                return;
            case PlaceholderKind.Number:
                ExpectKind(actual, JsonValueKind.Number, JsonValueKind.Number, "number");
                return;
            case PlaceholderKind.None:
                MatchConcreteString(expected, actual);
                return;
            case PlaceholderKind.Any:
                return;
        }

        if (!ExpectKind(actual, JsonValueKind.String, JsonValueKind.String, Placeholders.Describe(kind)))
        {
            return;
        }

        var text = actual.GetString()!;
        if (!IsoFormats.Conforms(kind, text))
        {
            Report(Placeholders.Describe(kind), JsonValueDescriber.Describe(actual), DifferenceKind.FormatMismatch);
        }
    }

    private void MatchConcreteString(string expected, JsonElement actual)
    {
        if (_options.ValueMode == ValueMode.TypeOnly)
        {
            ExpectKind(actual, JsonValueKind.String, JsonValueKind.String, "string");
            return;
        }

        if (actual.ValueKind == JsonValueKind.String
            && IsoFormats.TryParseTimestamp(expected, out var documentedInstant)
            && IsoFormats.TryParseTimestamp(actual.GetString()!, out var actualInstant)
            && documentedInstant == actualInstant)
        {
            return;
        }

        var kind = actual.ValueKind == JsonValueKind.String ? DifferenceKind.ValueMismatch : DifferenceKind.KindMismatch;
        Report(JsonValueDescriber.Quote(expected), JsonValueDescriber.Describe(actual), kind);
    }

    private void MatchNumber(JsonElement expected, JsonElement actual)
    {
        if (!ExpectKind(actual, JsonValueKind.Number, JsonValueKind.Number, "number") || _options.NumbersAreExamples)
        {
            return;
        }

        if (!NumbersEqual(expected, actual))
        {
            Report("number " + expected.GetRawText(), JsonValueDescriber.Describe(actual), DifferenceKind.ValueMismatch);
        }
    }

    private void MatchBoolean(JsonElement expected, JsonElement actual)
    {
        if (!ExpectKind(actual, JsonValueKind.True, JsonValueKind.False, "boolean") || _options.ValueMode == ValueMode.TypeOnly)
        {
            return;
        }

        if (expected.ValueKind != actual.ValueKind)
        {
            Report(JsonValueDescriber.Describe(expected), JsonValueDescriber.Describe(actual), DifferenceKind.ValueMismatch);
        }
    }

    private bool ExpectKind(JsonElement actual, JsonValueKind kind, JsonValueKind alternative, string expected)
    {
        if (actual.ValueKind == kind || actual.ValueKind == alternative)
        {
            return true;
        }

        Report(expected, JsonValueDescriber.Describe(actual), DifferenceKind.KindMismatch);
        return false;
    }

    private static bool NumbersEqual(JsonElement expected, JsonElement actual)
    {
        if (expected.TryGetDecimal(out var left) && actual.TryGetDecimal(out var right))
        {
            return left == right;
        }

        return expected.TryGetDouble(out var a) && actual.TryGetDouble(out var b) && a.Equals(b);
    }

    private void Report(string expected, string actual, DifferenceKind kind) =>
        _differences.Add(new ConformanceDifference(_path.ToString(), expected, actual, kind));

    private void ReportAt(string name, string expected, string actual, DifferenceKind kind)
    {
        _path.Push(name);
        Report(expected, actual, kind);
        _path.Pop();
    }

    private void ReportAt(int index, string expected, string actual, DifferenceKind kind)
    {
        _path.Push(index);
        Report(expected, actual, kind);
        _path.Pop();
    }

    private void MatchAt(string name, JsonElement expected, JsonElement actual, int depth)
    {
        _path.Push(name);
        Match(expected, actual, depth + 1);
        _path.Pop();
    }

    private void MatchAt(int index, JsonElement expected, JsonElement actual, int depth)
    {
        _path.Push(index);
        Match(expected, actual, depth + 1);
        _path.Pop();
    }

    private static string TypeName(string value) => value.Length > 0 && value[0] == '#' ? value.Substring(1) : value;

    private static bool IsAnnotation(string name) =>
        name.IndexOf('@') >= 0 && !string.Equals(name, "@odata.type", StringComparison.Ordinal);
}
