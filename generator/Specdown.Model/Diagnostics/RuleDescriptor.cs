using System;
using System.Globalization;
using Specdown.Model.Collections;

namespace Specdown.Model.Diagnostics;

/// <summary>One entry of the diagnostics catalogue: stable ID, title, message format, category, default severity.</summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverityLevel DefaultSeverity,
    string Description)
{
    /// <summary>The documentation page of the rule.</summary>
    public string HelpLink => RuleCatalog.HelpLinkBase + Id + ".md";

    /// <summary>Formats the message with invariant culture; a wrong argument count never throws.</summary>
    public string FormatMessage(EquatableArray<string> arguments)
    {
        var args = new object[Math.Max(arguments.Count, 8)];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = i < arguments.Count ? arguments[i] : string.Empty;
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
        }
        catch (FormatException)
        {
            return MessageFormat;
        }
    }
}
