using System;
using System.Collections.Generic;
using Specdown.Model;
using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// Reduces a parsed page to its <see cref="ContractTestPageSpec"/>: every example pair (named by its annotation, else
/// page and position), and every <c>ignored</c> code block of an example section, so nothing is silently dropped.
/// Decides here what can be known from the page alone (no body, non-JSON body, invalid JSON, no <c>@odata.type</c>);
/// type resolution waits for the index. Never throws.
/// </summary>
internal static class ContractTestSpecBuilder
{
    public static ContractTestPageSpec Build(PageModel? page)
    {
        if (page is null)
        {
            return ContractTestPageSpec.Empty;
        }

        try
        {
            var examples = new List<ContractTestExampleSpec>();
            foreach (var pair in page.ExamplePairs)
            {
                examples.Add(FromPair(page, pair));
            }

            AddIgnoredBlocks(page, examples);
            return examples.Count == 0
                ? ContractTestPageSpec.Empty
                : new ContractTestPageSpec(page.Path, (page.Namespace ?? string.Empty).Trim(), examples.ToEquatableArray());
        }
        catch (Exception)
        {
            // Fail soft: a page the emitter cannot use contributes no tests; the analyzers report why.
            return ContractTestPageSpec.Empty;
        }
    }

    private static ContractTestExampleSpec FromPair(PageModel page, ExamplePair pair)
    {
        var request = At(page.Examples, pair.RequestIndex);
        var response = At(page.Examples, pair.ResponseIndex);
        var requestText = request is null ? null : BlockText(page, request);
        var responseText = response is null ? null : BlockText(page, response);
        return new ContractTestExampleSpec(
            pair.Name,
            requestText,
            request is null ? 0 : BlockLine(page, request),
            responseText,
            response is null ? 0 : BlockLine(page, response),
            response?.IsTruncated == true,
            response?.Annotation?.IsCollection == true,
            Trimmed(response?.Annotation?.ODataType),
            RoundTripBlocker(response),
            ReplayBlocker(request, response));
    }

    private static string? RoundTripBlocker(HttpExample? response)
    {
        if (response is null)
        {
            return "no response example follows the request";
        }

        if (string.IsNullOrWhiteSpace(response.Body))
        {
            return "the response example documents no body";
        }

        var contentType = response.GetHeader("Content-Type");
        if (contentType is not null && contentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return "the response body is not JSON (Content-Type: " + contentType.Trim() + ")";
        }

        if (response.Json?.Root is null)
        {
            return "the response body is not JSON";
        }

        foreach (var recovery in response.Json.Recoveries)
        {
            if (!recovery.Recovered)
            {
                return "the response JSON is not valid at line " + recovery.Location.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + recovery.Detail + " (SPD0008)";
            }
        }

        if (!response.Json.Root.IsObject)
        {
            return "the response body is not a JSON object";
        }

        return Trimmed(response.Annotation?.ODataType) is null
            ? "the response annotation names no @odata.type, so no DTO type is known"
            : null;
    }

    private static string? ReplayBlocker(HttpExample? request, HttpExample? response)
    {
        if (request is null)
        {
            return "no request example precedes the response";
        }

        if (string.IsNullOrWhiteSpace(request.Method) || string.IsNullOrWhiteSpace(request.Url))
        {
            return "the request line cannot be read (SPD0004)";
        }

        return response is null || response.StatusCode is null
            ? "no response example with a status line follows the request"
            : null;
    }

    private static void AddIgnoredBlocks(PageModel page, List<ContractTestExampleSpec> examples)
    {
        var count = 0;
        foreach (var block in page.CodeBlocks)
        {
            if (block.Annotation?.IsIgnored != true || !IsExampleSection(block.Section))
            {
                continue;
            }

            count++;
            const string reason = "the code block is annotated \"blockType\": \"ignored\"";
            examples.Add(new ContractTestExampleSpec(
                Stem(page.Path) + "-ignored-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                null,
                0,
                block.Content,
                block.Location.StartLine,
                false,
                false,
                null,
                reason,
                reason));
        }
    }

    private static bool IsExampleSection(SectionKind section) =>
        section == SectionKind.Examples || section == SectionKind.Request || section == SectionKind.ResponseExample;

    private static HttpExample? At(EquatableArray<HttpExample> examples, int? index) =>
        index is { } i && i >= 0 && i < examples.Count ? examples[i] : null;

    private static string BlockText(PageModel page, HttpExample example) =>
        example.CodeBlockIndex >= 0 && example.CodeBlockIndex < page.CodeBlocks.Count
            ? page.CodeBlocks[example.CodeBlockIndex].Content
            : string.Empty;

    private static int BlockLine(PageModel page, HttpExample example) =>
        example.CodeBlockIndex >= 0 && example.CodeBlockIndex < page.CodeBlocks.Count
            ? page.CodeBlocks[example.CodeBlockIndex].Location.StartLine
            : example.Location.StartLine;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    internal static string Stem(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        var name = slash >= 0 ? path.Substring(slash + 1) : path;
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 3) : name;
    }
}
