using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Specdown.Testing;

/// <summary>The assertions generated contract tests call; failures throw <see cref="ContractException"/>.</summary>
public static class ContractAssert
{
    /// <summary>
    /// Example JSON → <typeparamref name="T"/> → JSON, and the result must conform to the example (placeholders
    /// are replaced by sample values before deserializing). Returns the deserialized value.
    /// </summary>
    public static T RoundTrip<T>(DocumentedExample example, JsonTypeInfo<T> typeInfo, ExamplePart part = ExamplePart.Response, ContractOptions? options = null)
    {
        if (typeInfo is null)
        {
            throw new ArgumentNullException(nameof(typeInfo));
        }

        return RoundTripCore(example, part, options, typeInfo, json => JsonSerializer.Deserialize(json, typeInfo), value => JsonSerializer.Serialize(value, typeInfo));
    }

    /// <summary>
    /// The same round trip with (reflection or source-generated) serializer options. A truncated response example may
    /// leave out properties the DTO marks required; they are not demanded.
    /// </summary>
    public static T RoundTrip<T>(DocumentedExample example, JsonSerializerOptions serializerOptions, ExamplePart part = ExamplePart.Response, ContractOptions? options = null)
    {
        if (serializerOptions is null)
        {
            throw new ArgumentNullException(nameof(serializerOptions));
        }

        var metadataOptions = serializerOptions.TypeInfoResolver is null && JsonSerializer.IsReflectionEnabledByDefault
            ? new JsonSerializerOptions(serializerOptions) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }
            : serializerOptions;
        var typeInfo = TypedSampleWriter.Resolve(metadataOptions, typeof(T));
        var reading = example is { Truncated: true } && part == ExamplePart.Response ? TruncatedExampleOptions.For(serializerOptions) : serializerOptions;
        return RoundTripCore(example, part, options, typeInfo, json => JsonSerializer.Deserialize<T>(json, reading), value => JsonSerializer.Serialize(value, reading));
    }

    /// <summary>Replays the example's request through <paramref name="client"/> and asserts the response conforms.</summary>
    public static async Task<ReplayResult> ReplayAsync(DocumentedExample example, HttpClient client, ContractOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ContractOptions.Default;
        var result = await ExampleReplay.ReplayAsync(example, client, options.Replay, cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            Log(options, example, result.Notes);
            return result;
        }

        var received = Receive(options, example, result.ActualBody, out var writeError);
        var message = new FailureMessageBuilder(example, "does not conform: " + result.Request + " returned a response that differs from the documented one.", options.MaxJsonInMessage)
            .Differences(result.Differences)
            .Json("Documented response body (" + example.ResponseLocation + ")", result.DocumentedBody)
            .Json("Actual response body (status " + result.ActualStatus.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", result.ActualBody)
            .Notes(result.Notes)
            .Received(received, writeError)
            .ToString();
        throw new ContractException(message, example, result.Differences, result.Notes, received);
    }

    /// <summary>
    /// Asserts that <paramref name="actualJson"/> (for example what a typed client received, re-serialized) conforms
    /// to the example's documented response body, with the example's <c>Truncated</c>/<c>IsCollection</c>.
    /// </summary>
    public static ConformanceResult ResponseConforms(DocumentedExample example, string actualJson, ContractOptions? options = null)
    {
        if (example is null)
        {
            throw new ArgumentNullException(nameof(example));
        }

        if (actualJson is null)
        {
            throw new ArgumentNullException(nameof(actualJson));
        }

        options ??= ContractOptions.Default;
        var notes = new List<string>();
        var body = RoundTripBody.Select(example, ExamplePart.Response, notes, out _);
        var conformance = options.Replay.Conformance with { Truncated = example.Truncated, IsCollection = example.IsCollection };
        var result = JsonConformance.Match(body, actualJson, conformance);
        notes.AddRange(result.Notes);
        if (!result.IsMatch)
        {
            throw Fail(example, options, "does not conform to its documented response body.", body, actualJson, result.Differences, notes, null);
        }

        Log(options, example, notes);
        return result;
    }

    private static T RoundTripCore<T>(DocumentedExample example, ExamplePart part, ContractOptions? options, JsonTypeInfo? target,
        Func<string, T?> deserialize, Func<T, string> serialize)
    {
        if (example is null)
        {
            throw new ArgumentNullException(nameof(example));
        }

        options ??= ContractOptions.Default;
        var notes = new List<string>();
        var body = RoundTripBody.Select(example, part, notes, out var bodyLine);
        var sample = RoundTripBody.SampleJson(example, part, body, bodyLine, target);
        T? value;
        string actual;
        try
        {
            value = deserialize(sample);
            actual = value is null ? "null" : serialize(value);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw Fail(example, options, "cannot be (de)serialized as " + typeof(T).Name + ": " + exception.Message, body, sample,
                Array.Empty<ConformanceDifference>(), notes, exception);
        }

        var conformance = (options.RoundTrip ?? new ConformanceOptions { StrictArrayLengths = true, IgnoreUndocumentedNulls = true, DocumentedNullMatchesMissing = true })
            with { Truncated = example.Truncated, IsCollection = example.IsCollection };
        var result = JsonConformance.Match(body, actual, conformance);
        notes.AddRange(result.Notes);
        if (!result.IsMatch)
        {
            throw Fail(example, options, "does not survive a round trip through " + typeof(T).Name + ".", body, actual, result.Differences, notes, null);
        }

        Log(options, example, notes);
        return value!;
    }

    private static ContractException Fail(DocumentedExample example, ContractOptions options, string headline, string documented,
        string actual, IReadOnlyList<ConformanceDifference> differences, IReadOnlyList<string> notes, Exception? inner)
    {
        var received = Receive(options, example, actual, out var writeError);
        var message = new FailureMessageBuilder(example, headline, options.MaxJsonInMessage)
            .Differences(differences)
            .Json("Documented JSON", documented)
            .Json("Actual JSON", actual)
            .Notes(notes)
            .Received(received, writeError)
            .ToString();
        return new ContractException(message, example, differences, notes, received, inner);
    }

    private static string? Receive(ContractOptions options, DocumentedExample example, string actual, out string? error)
    {
        error = null;
        return options.WriteReceivedFiles
            ? ReceivedFileWriter.TryWrite(options.ResolveReceivedDirectory(), example.Name, JsonPretty.Format(actual), out error)
            : null;
    }

    private static void Log(ContractOptions options, DocumentedExample example, IReadOnlyList<string> notes)
    {
        foreach (var note in notes)
        {
            options.Log?.Invoke(example + ": " + note);
        }
    }
}
