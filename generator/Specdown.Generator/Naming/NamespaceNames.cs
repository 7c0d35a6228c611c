using System;
using System.Text;

namespace Specdown.Generator.Naming;

/// <summary>
/// Maps doc namespaces to C# namespaces: <c>microsoft.graph</c> → the root namespace, <c>microsoft.graph.callRecords</c>
/// → <c>Root.CallRecords</c>, any other namespace → <c>Root.</c> + its segments in PascalCase. Also the fixed
/// namespaces of the generated infrastructure.
/// </summary>
internal static class NamespaceNames
{
    public const string GraphNamespace = "microsoft.graph";

    /// <summary>Namespaces reserved for generated infrastructure, relative to the root.</summary>
    public const string Client = "Client";
    public const string Server = "Server";
    public const string Operations = "Operations";
    public const string Serialization = "Serialization";

    /// <summary>Names that no model type or model sub-namespace may take directly under the root namespace.</summary>
    public static readonly string[] ReservedUnderRoot = { Client, Server, Operations, Serialization };

    /// <summary>A valid dotted C# namespace from user input (the MSBuild property); falls back to <c>Specdown.Generated</c>.</summary>
    public static string SanitizeRoot(string? root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            return "Specdown.Generated";
        }

        var builder = new StringBuilder();
        foreach (var part in root!.Split('.'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var identifier = IdentifierNames.ToPascalCase(trimmed, "Ns");
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            // Keep the user's casing of the first letter (RootNamespace "myApp" stays valid as-is).
            builder.Append(char.IsLetter(trimmed[0]) && IsAllIdentifierChars(trimmed) ? trimmed : identifier);
        }

        return builder.Length == 0 ? "Specdown.Generated" : builder.ToString();
    }

    /// <summary>The C# namespace suffix (relative to the root, possibly empty) of a doc namespace.</summary>
    public static string RelativeNamespace(string? docNamespace)
    {
        var ns = (docNamespace ?? string.Empty).Trim();
        if (ns.Length == 0 || string.Equals(ns, GraphNamespace, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        if (ns.StartsWith(GraphNamespace + ".", StringComparison.OrdinalIgnoreCase))
        {
            ns = ns.Substring(GraphNamespace.Length + 1);
        }

        var builder = new StringBuilder();
        foreach (var part in ns.Split('.'))
        {
            var segment = IdentifierNames.ToPascalCase(part, "Ns");
            if (builder.Length == 0 && Array.IndexOf(ReservedUnderRoot, segment) >= 0)
            {
                segment += "Models";
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(segment);
        }

        return builder.ToString();
    }

    /// <summary>Joins the root and a relative namespace.</summary>
    public static string Combine(string root, string relative) => relative.Length == 0 ? root : root + "." + relative;

    private static bool IsAllIdentifierChars(string text)
    {
        foreach (var c in text)
        {
            if (c != '_' && !IdentifierNames.IsIdentifierChar(c))
            {
                return false;
            }
        }

        return !Naming.CSharpKeywords.IsReserved(text);
    }
}
