using System.Globalization;

namespace Specdown.Testing;

/// <summary>A documented request/response example pair, as the generated contract tests embed it.</summary>
/// <param name="Name">The example's <c>name</c> annotation (or a page-and-position name when unnamed).</param>
/// <param name="DocPath">The Markdown page, relative to the docs root (<c>spec/api/chat-post-chats-ref.md</c>).</param>
/// <param name="Line">The 1-based page line of the request example's opening code fence (or of the response's when there is no request).</param>
/// <param name="RequestText">The raw request code block, or null.</param>
/// <param name="ResponseText">The raw response code block, or null.</param>
/// <param name="Truncated">The response annotation says <c>"truncated": true</c>.</param>
/// <param name="IsCollection">The response annotation says <c>"isCollection": true</c>.</param>
/// <param name="ResponseLine">The 1-based page line of the response example's opening code fence, or 0 when unknown.</param>
/// <remarks>Value equality over all members.</remarks>
public sealed record DocumentedExample(
    string Name,
    string DocPath,
    int Line,
    string? RequestText,
    string? ResponseText,
    bool Truncated = false,
    bool IsCollection = false,
    int ResponseLine = 0)
{
    /// <summary>The example's location, <c>file:line</c>.</summary>
    public string Location => DocPath + ":" + Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>The response example's location, <c>file:line</c> (the request's line when unknown).</summary>
    public string ResponseLocation =>
        DocPath + ":" + (ResponseLine > 0 ? ResponseLine : Line).ToString(CultureInfo.InvariantCulture);

    /// <summary>The example's name and location, <c>'name' (file:line)</c>.</summary>
    public override string ToString() => "'" + Name + "' (" + Location + ")";
}
