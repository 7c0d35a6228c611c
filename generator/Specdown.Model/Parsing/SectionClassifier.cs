using System;
using System.Text;

namespace Specdown.Model.Parsing;

/// <summary>
/// Recognises the role of a section from its heading text (case-insensitive, with the corpus' variants), and builds
/// GitHub-style heading anchors.
/// </summary>
internal static class SectionClassifier
{
    /// <summary>
    /// The kind of a heading. <paramref name="inExamples"/> tells whether an Examples (or Request) heading came before,
    /// so that "Response" and "Request" headings there are example subsections rather than the Response prose section.
    /// </summary>
    public static SectionKind Classify(string headingText, bool inExamples)
    {
        var text = Normalize(headingText);
        switch (text)
        {
            case "http request":
            case "http requests":
            case "http request syntax":
                return SectionKind.HttpRequest;
            case "request headers":
            case "request header":
                return SectionKind.RequestHeaders;
            case "request body":
                return SectionKind.RequestBody;
            case "path parameters":
            case "path parameter":
                return SectionKind.PathParameters;
            case "query parameters":
            case "query parameter":
            case "optional query parameters":
            case "optional query parameter":
            case "query string parameters":
                return SectionKind.QueryParameters;
            case "function parameters":
            case "function parameter":
            case "parameters":
            case "method parameters":
            case "request parameters":
                return SectionKind.FunctionParameters;
            case "properties":
            case "property":
                return SectionKind.Properties;
            case "relationships":
            case "relationship":
                return SectionKind.Relationships;
            case "methods":
                return SectionKind.Methods;
            case "json representation":
                return SectionKind.JsonRepresentation;
            case "members":
            case "enum members":
                return SectionKind.Members;
            case "permissions":
            case "prerequisites":
                return SectionKind.Permissions;
            case "see also":
                return SectionKind.SeeAlso;
            case "example":
            case "examples":
                return SectionKind.Examples;
        }

        return ClassifyByPrefix(text, inExamples);
    }

    /// <summary>The GitHub-style anchor of a heading: lower case, spaces as '-', punctuation removed.</summary>
    public static string Slug(string headingText) => Slug(headingText, new StringBuilder(headingText.Length));

    /// <summary>The GitHub-style anchor, built in <paramref name="builder"/> (cleared first).</summary>
    public static string Slug(string headingText, StringBuilder builder)
    {
        builder.Clear();
        foreach (var c in headingText.Trim())
        {
            if (char.IsLetterOrDigit(c) || c == '_' || c == '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        return StringTable.Get(builder, 0, builder.Length);
    }

    private static SectionKind ClassifyByPrefix(string text, bool inExamples)
    {
        if (text.StartsWith("request", StringComparison.Ordinal))
        {
            return text.StartsWith("request header", StringComparison.Ordinal)
                ? SectionKind.RequestHeaders
                : text.StartsWith("request body", StringComparison.Ordinal) ? SectionKind.RequestBody : SectionKind.Request;
        }

        if (text.StartsWith("response", StringComparison.Ordinal))
        {
            return inExamples ? SectionKind.ResponseExample : SectionKind.Response;
        }

        if (text.StartsWith("example", StringComparison.Ordinal))
        {
            return SectionKind.Examples;
        }

        if (text.StartsWith("http request", StringComparison.Ordinal))
        {
            return SectionKind.HttpRequest;
        }

        if (text.EndsWith(" values", StringComparison.Ordinal) && text.IndexOf(' ') == text.Length - 7 && text != "possible values")
        {
            return SectionKind.EnumValues;
        }

        if (text.EndsWith(" properties", StringComparison.Ordinal) && text.StartsWith("optional", StringComparison.Ordinal))
        {
            return SectionKind.Properties;
        }

        if (text.EndsWith("permissions", StringComparison.Ordinal))
        {
            return SectionKind.Permissions;
        }

        return SectionKind.Other;
    }

    private static readonly char[] TrailingPunctuation = { ':', '.' };

    private static string Normalize(string headingText)
    {
        if (!IsShortAscii(headingText))
        {
            return NormalizeSlow(headingText);
        }

        // The common case (short ASCII headings such as "Properties"): trimmed and lower-cased in a scratch buffer and
        // shared through StringTable, the same text NormalizeSlow gives, without a new string per heading.
        var start = 0;
        var end = headingText.Length;
        TrimSpaces(headingText, ref start, ref end);
        while (end > start && (headingText[end - 1] == ':' || headingText[end - 1] == '.'))
        {
            end--;
        }

        TrimSpaces(headingText, ref start, ref end);
        var buffer = _buffer ??= new char[StringTable.MaxLength];
        for (var i = start; i < end; i++)
        {
            var c = headingText[i];
            buffer[i - start] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        return StringTable.Get(new ReadOnlySpan<char>(buffer, 0, end - start));
    }

    [ThreadStatic]
    private static char[]? _buffer;

    private static void TrimSpaces(string text, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
    }

    private static bool IsShortAscii(string text)
    {
        if (text.Length > StringTable.MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c > '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeSlow(string headingText)
    {
        var text = headingText.Trim().TrimEnd(TrailingPunctuation).Trim();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }
}
