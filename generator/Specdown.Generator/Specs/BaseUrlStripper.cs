using System;

namespace Specdown.Generator.Specs;

/// <summary>
/// Removes the configured base URL (<c>SpecdownBaseUrl</c>, e.g. <c>https://graph.microsoft.com/beta</c>) or its path
/// (<c>/beta</c>) from the start of a documented path template, so routes are relative to the service root.
/// </summary>
internal static class BaseUrlStripper
{
    public static string Strip(string template, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return template;
        }

        var full = baseUrl!.Trim().TrimEnd('/');
        if (TryStrip(template, full, out var stripped) || TryStrip(template, PathOf(full), out stripped))
        {
            return stripped.Length == 0 ? "/" : stripped;
        }

        return template;
    }

    private static bool TryStrip(string template, string prefix, out string stripped)
    {
        stripped = template;
        if (prefix.Length == 0 || prefix == "/" || !template.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (template.Length > prefix.Length && template[prefix.Length] != '/')
        {
            return false;
        }

        stripped = template.Substring(prefix.Length);
        return true;
    }

    private static string PathOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return url.StartsWith("/", StringComparison.Ordinal) ? url : "/" + url;
        }

        var slash = url.IndexOf('/', scheme + 3);
        return slash < 0 ? string.Empty : url.Substring(slash);
    }
}
