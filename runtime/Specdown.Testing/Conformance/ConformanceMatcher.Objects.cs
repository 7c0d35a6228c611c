using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Specdown.Testing;

internal sealed partial class ConformanceMatcher
{
    private const string ODataType = "@odata.type";
    private const int IndexThreshold = 24;

    private void MatchObject(JsonElement expected, JsonElement actual, int depth)
    {
        if (actual.ValueKind != JsonValueKind.Object)
        {
            Report(DescribeExpectedObject(expected), JsonValueDescriber.Describe(actual), DifferenceKind.KindMismatch);
            return;
        }

        var actualIndex = PropertyIndex.Create(actual, IndexThreshold, out var actualCount);
        var found = 0;
        var properties = expected.EnumerateObject();
        while (properties.MoveNext())
        {
            var property = properties.Current;
            var before = _differences.Count;
            found += MatchProperty(property, actualIndex, depth);

            // Duplicate documented names: like JSON readers, the last occurrence wins (checked only on failure).
            if (_differences.Count > before && OccursLater(properties, property.Name))
            {
                _differences.RemoveRange(before, _differences.Count - before);
            }
        }

        // Every actual property was found among the documented ones: nothing undocumented to look for. (A name
        // documented twice counts twice, so such a broken example may hide one undocumented property.)
        if (found != actualCount && !_options.Truncated && !IsPlaceholderObject(expected))
        {
            ReportUndocumented(PropertyIndex.Create(expected, IndexThreshold, out _), actual);
        }
    }

    private int MatchProperty(JsonProperty property, PropertyIndex actualIndex, int depth)
    {
        var name = property.Name;
        if (!actualIndex.TryGet(name, out var actualValue))
        {
            if ((_options.CompareInstanceAnnotations || !IsAnnotation(name)) && !string.Equals(name, ODataType, StringComparison.Ordinal))
            {
                ReportAt(name, DescribeExpected(property.Value), JsonValueDescriber.Nothing, DifferenceKind.MissingProperty);
            }

            return 0;
        }

        if (string.Equals(name, ODataType, StringComparison.Ordinal))
        {
            MatchODataType(property.Value, actualValue);
        }
        else if (_options.CompareInstanceAnnotations || !IsAnnotation(name))
        {
            MatchAt(name, property.Value, actualValue, depth);
        }

        return 1;
    }

    private static bool OccursLater(JsonElement.ObjectEnumerator position, string name)
    {
        var rest = position;
        while (rest.MoveNext())
        {
            if (rest.Current.NameEquals(name))
            {
                return true;
            }
        }

        return false;
    }

    private void ReportUndocumented(PropertyIndex documented, JsonElement actual)
    {
        foreach (var property in actual.EnumerateObject())
        {
            if (property.NameEquals(ODataType)
                || (_options.IgnoreUndocumentedNulls && property.Value.ValueKind == JsonValueKind.Null))
            {
                continue;
            }

            var name = property.Name;
            if ((!_options.CompareInstanceAnnotations && IsAnnotation(name)) || documented.TryGet(name, out _))
            {
                continue;
            }

            ReportAt(name, "no such property", JsonValueDescriber.Describe(property.Value), DifferenceKind.UnexpectedProperty);
        }
    }

    private void MatchODataType(JsonElement documented, JsonElement actualType)
    {
        if (documented.ValueKind != JsonValueKind.String)
        {
            return;
        }

        if (actualType.ValueKind != JsonValueKind.String)
        {
            ReportAt(ODataType, "string", JsonValueDescriber.Describe(actualType), DifferenceKind.KindMismatch);
            return;
        }

        var expectedName = TypeName(documented.GetString()!);
        var actualName = TypeName(actualType.GetString()!);
        if (string.Equals(expectedName, actualName, StringComparison.Ordinal)
            || (_options.IsDerivedType?.Invoke(expectedName, actualName) ?? false))
        {
            return;
        }

        ReportAt(ODataType, "type " + expectedName, "type " + actualName, DifferenceKind.ODataTypeMismatch);
    }

    /// <summary>A placeholder object documents only its type: <c>{"@odata.type": "microsoft.graph.identitySet"}</c>.</summary>
    internal static bool IsPlaceholderObject(JsonElement element)
    {
        using var properties = element.EnumerateObject();
        return properties.MoveNext()
            && string.Equals(properties.Current.Name, ODataType, StringComparison.Ordinal)
            && properties.Current.Value.ValueKind == JsonValueKind.String
            && !properties.MoveNext();
    }

    private static string DescribeExpectedObject(JsonElement expected)
    {
        if (expected.TryGetProperty(ODataType, out var type) && type.ValueKind == JsonValueKind.String)
        {
            return "object of type " + TypeName(type.GetString()!);
        }

        return "object";
    }

    private static string DescribeExpected(JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.String => Placeholders.Describe(Placeholders.Classify(expected.GetString()!)),
        JsonValueKind.Object => DescribeExpectedObject(expected),
        _ => JsonValueDescriber.Kind(expected.ValueKind),
    };

    /// <summary>Property lookup that stays linear for objects with many properties.</summary>
    private readonly struct PropertyIndex
    {
        private readonly JsonElement _element;
        private readonly Dictionary<string, JsonElement>? _map;

        private PropertyIndex(JsonElement element, Dictionary<string, JsonElement>? map)
        {
            _element = element;
            _map = map;
        }

        public static PropertyIndex Create(JsonElement element, int threshold, out int count)
        {
            count = 0;
            foreach (var unused in element.EnumerateObject())
            {
                count++;
            }

            if (count <= threshold)
            {
                return new PropertyIndex(element, null);
            }

            var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                map[property.Name] = property.Value;
            }

            return new PropertyIndex(element, map);
        }

        public bool TryGet(string name, out JsonElement value) =>
            _map is null ? _element.TryGetProperty(name, out value) : _map.TryGetValue(name, out value);
    }
}
