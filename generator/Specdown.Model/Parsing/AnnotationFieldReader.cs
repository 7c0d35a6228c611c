using System;
using System.Collections.Generic;
using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model.Parsing;

/// <summary>
/// Turns the members of an annotation's JSON object into the typed fields of an <see cref="Annotation"/>, reporting
/// unknown keys, unknown block types and values of the wrong shape (SPD0013) on the offending key or value.
/// </summary>
internal sealed class AnnotationFieldReader
{
    private const string PageAnnotationType = "#page.annotation";

    private readonly List<DiagnosticInfo> _diagnostics;
    private List<string>? _optionalProperties;
    private ulong _seen;
    private string? _blockType;
    private string? _name;
    private string? _odataType;
    private string? _legacyType;
    private string? _keyProperty;
    private string? _baseType;
    private bool? _isCollection;
    private bool? _truncated;
    private bool? _openType;
    private bool _isPageAnnotation;

    public AnnotationFieldReader(List<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics;

    public Annotation Build(JsonNode? root, bool isStrict, LocationInfo location)
    {
        var entries = root is null || root.Members.IsEmpty ? Array.Empty<AnnotationEntry>() : new AnnotationEntry[root.Members.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var member = root!.Members[i];
            entries[i] = new AnnotationEntry(member.Name, JsonCompactWriter.Write(member.Value), member.NameLocation.Through(member.Value.Location));
            ReadMember(member);
        }

        var odataType = _odataType ?? _legacyType;
        var isCollection = _isCollection;
        if (odataType is not null && odataType.StartsWith("Collection(", StringComparison.OrdinalIgnoreCase) && odataType.EndsWith(")", StringComparison.Ordinal))
        {
            odataType = odataType.Substring(11, odataType.Length - 12).Trim();
            isCollection ??= true;
        }

        return new Annotation(
            _blockType, _name, odataType, isCollection, _truncated, _optionalProperties?.ToArray() ?? Array.Empty<string>(), _keyProperty, _baseType,
            _openType, _isPageAnnotation, entries, isStrict, location);
    }

    private void ReadMember(JsonMember member)
    {
        var key = AnnotationKeys.Canonical(member.Name, out var index);
        if (key is null)
        {
            Report(member.NameLocation, "unknown key '" + member.Name + "'");
            return;
        }

        if (!string.Equals(key, member.Name, StringComparison.Ordinal))
        {
            Report(member.NameLocation, "key '" + member.Name + "' should be written '" + key + "'");
        }

        var bit = 1UL << index;
        if ((_seen & bit) != 0)
        {
            Report(member.NameLocation, "duplicate key '" + member.Name + "'; the first one is used");
            return;
        }

        _seen |= bit;

        var value = member.Value;
        switch (key)
        {
            case "blockType": _blockType = ReadBlockType(value); break;
            case "name": _name = ReadName(key, value); break;
            case "@odata.type": _odataType = ReadString(key, value); break;
            case "@type": _legacyType = ReadString(key, value); break;
            case "keyProperty": _keyProperty = ReadString(key, value); break;
            case "baseType": _baseType = ReadString(key, value); break;
            case "isCollection": _isCollection = ReadBoolean(key, value); break;
            case "truncated": _truncated = ReadBoolean(key, value); break;
            case "openType": _openType = ReadBoolean(key, value); break;
            case "optionalProperties": ReadStrings(key, value, _optionalProperties ??= new List<string>()); break;
            case "type": _isPageAnnotation = value.Kind == JsonKind.String && string.Equals(value.Text.Trim(), PageAnnotationType, StringComparison.OrdinalIgnoreCase); break;
        }
    }

    private string? ReadBlockType(JsonNode value)
    {
        var text = ReadString("blockType", value);
        if (text is null)
        {
            return null;
        }

        var blockType = text.Trim().ToLowerInvariant();
        if (!IsKnownBlockType(blockType))
        {
            Report(value.Location, "unknown blockType '" + text + "'");
        }

        return blockType;
    }

    private static bool IsKnownBlockType(string blockType)
    {
        foreach (var known in Annotation.KnownBlockTypes)
        {
            if (string.Equals(known, blockType, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string? ReadName(string key, JsonNode value)
    {
        if (value.Kind == JsonKind.Array && value.Items.Count > 0 && value.Items[0].Kind == JsonKind.String)
        {
            return value.Items[0].Text;
        }

        return ReadString(key, value);
    }

    private string? ReadString(string key, JsonNode value)
    {
        if (value.Kind == JsonKind.String)
        {
            return value.Text;
        }

        if (value.Kind != JsonKind.Null)
        {
            Report(value.Location, "'" + key + "' should be a string");
        }

        return null;
    }

    private bool? ReadBoolean(string key, JsonNode value)
    {
        switch (value.Kind)
        {
            case JsonKind.True:
                return true;
            case JsonKind.False:
                return false;
            case JsonKind.Null:
                return null;
            case JsonKind.String when string.Equals(value.Text.Trim(), "true", StringComparison.OrdinalIgnoreCase):
                return true;
            case JsonKind.String when string.Equals(value.Text.Trim(), "false", StringComparison.OrdinalIgnoreCase):
                return false;
        }

        Report(value.Location, "'" + key + "' should be true or false");
        return null;
    }

    private void ReadStrings(string key, JsonNode value, List<string> into)
    {
        if (value.Kind == JsonKind.String)
        {
            Report(value.Location, "'" + key + "' should be an array of strings");
            into.Add(value.Text);
            return;
        }

        var wrong = value.Kind != JsonKind.Array && value.Kind != JsonKind.Null;
        foreach (var item in value.Items)
        {
            if (item.Kind == JsonKind.String)
            {
                into.Add(item.Text);
            }
            else
            {
                wrong = true;
            }
        }

        if (wrong)
        {
            Report(value.Location, "'" + key + "' should be an array of strings");
        }
    }

    private void Report(LocationInfo location, string message) =>
        _diagnostics.Add(DiagnosticInfo.Create(RuleIds.InvalidAnnotation, location, message));
}
