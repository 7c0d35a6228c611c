using System.Globalization;
using System.Text;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Counts of the corpus DTO round trips, failures grouped by cause and by the diagnostics that explain them.</summary>
internal sealed class CorpusRoundTripReport
{
    public int AnnotatedJsonResponses { get; set; }

    public int NoODataType { get; set; }

    public int Unresolved { get; set; }

    public int Run { get; set; }

    public int Passed { get; set; }

    public SortedDictionary<string, int> CauseCounts { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ExplainedBy { get; } = new(StringComparer.Ordinal);

    public List<string> Unexplained { get; } = new();

    public SortedDictionary<string, int> UnexplainedByCause { get; } = new(StringComparer.Ordinal);

    public int Failed => Run - Passed;

    public void AddFailure(string cause, IReadOnlyCollection<string> rules, string description)
    {
        Increment(CauseCounts, cause);
        if (rules.Count == 0)
        {
            Unexplained.Add(cause + ": " + description);
            Increment(UnexplainedByCause, cause);
            return;
        }

        Increment(ExplainedBy, cause + " ← " + string.Join(", ", rules.OrderBy(r => r, StringComparer.Ordinal)));
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"annotated JSON object responses: {AnnotatedJsonResponses}; no @odata.type: {NoODataType}; @odata.type not documented: {Unresolved}"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"round trips run: {Run}, passed: {Passed}, failed: {Failed}, unexplained: {Unexplained.Count}"));
        foreach (var (cause, count) in CauseCounts)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  cause {cause}: {count}"));
        }

        foreach (var (key, count) in ExplainedBy)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  explained {key}: {count}"));
        }

        foreach (var (cause, count) in UnexplainedByCause)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  unexplained {cause}: {count}"));
        }

        foreach (var line in Unexplained)
        {
            text.AppendLine("  UNEXPLAINED " + line);
        }

        return text.ToString();
    }

    private static void Increment(SortedDictionary<string, int> map, string key) =>
        map[key] = map.TryGetValue(key, out var count) ? count + 1 : 1;
}
