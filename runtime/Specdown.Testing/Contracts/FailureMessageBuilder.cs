using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Specdown.Testing;

/// <summary>Builds failure messages that read like a good assertion library's.</summary>
internal sealed class FailureMessageBuilder
{
    private const int MaxDifferences = 50;

    private readonly StringBuilder _text = new();
    private readonly int _maxJson;

    public FailureMessageBuilder(DocumentedExample example, string headline, int maxJson)
    {
        _maxJson = maxJson;
        _text.Append("Example '").Append(example.Name).Append("' (").Append(example.Location).Append(") ")
            .Append(headline).Append('\n');
    }

    public FailureMessageBuilder Line(string text)
    {
        _text.Append(text).Append('\n');
        return this;
    }

    public FailureMessageBuilder Differences(IReadOnlyList<ConformanceDifference> differences)
    {
        if (differences.Count == 0)
        {
            return this;
        }

        _text.Append('\n').Append(differences.Count.ToString(CultureInfo.InvariantCulture))
            .Append(differences.Count == 1 ? " difference:\n" : " differences:\n");
        for (var i = 0; i < differences.Count && i < MaxDifferences; i++)
        {
            _text.Append("  ").Append(differences[i]).Append('\n');
        }

        if (differences.Count > MaxDifferences)
        {
            _text.Append("  … and ").Append((differences.Count - MaxDifferences).ToString(CultureInfo.InvariantCulture))
                .Append(" more\n");
        }

        return this;
    }

    public FailureMessageBuilder Json(string title, string? json)
    {
        _text.Append('\n').Append(title).Append(":\n");
        var shown = string.IsNullOrWhiteSpace(json) ? "(empty)" : JsonPretty.Truncate(JsonPretty.Format(json!), _maxJson);
        foreach (var line in shown.Split('\n'))
        {
            _text.Append("  ").Append(line).Append('\n');
        }

        return this;
    }

    public FailureMessageBuilder Notes(IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return this;
        }

        _text.Append("\nNotes:\n");
        foreach (var note in notes)
        {
            _text.Append("  - ").Append(note).Append('\n');
        }

        return this;
    }

    public FailureMessageBuilder Received(string? path, string? error)
    {
        if (path is not null)
        {
            _text.Append("\nActual JSON written to ").Append(path).Append('\n');
        }
        else if (error is not null)
        {
            _text.Append("\nThe actual JSON could not be written to a .received.json file: ").Append(error).Append('\n');
        }

        return this;
    }

    public override string ToString() => _text.ToString().TrimEnd('\n');
}
