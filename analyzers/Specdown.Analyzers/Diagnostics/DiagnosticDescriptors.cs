using Microsoft.CodeAnalysis;
using Specdown.Model.Diagnostics;

namespace Specdown.Analyzers.Diagnostics;

/// <summary>
/// The Roslyn descriptor of every rule of <see cref="RuleCatalog"/>: IDs and categories as constants (for release
/// tracking), title, message, description and help link from the catalogue, so the build, the IDE and the CLI say the
/// same words. A test checks that every catalogue entry has its descriptor with the same category and severity.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary><c>SPD0001</c>: see <see cref="RuleIds.PlaceholderText"/>.</summary>
    public static readonly DiagnosticDescriptor PlaceholderText = new(
        RuleIds.PlaceholderText,
        Title(RuleIds.PlaceholderText),
        Message(RuleIds.PlaceholderText),
        RuleCatalog.CategoryContent,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.PlaceholderText),
        HelpLink(RuleIds.PlaceholderText));

    /// <summary><c>SPD0002</c>: see <see cref="RuleIds.BodyForBodylessStatus"/>.</summary>
    public static readonly DiagnosticDescriptor BodyForBodylessStatus = new(
        RuleIds.BodyForBodylessStatus,
        Title(RuleIds.BodyForBodylessStatus),
        Message(RuleIds.BodyForBodylessStatus),
        RuleCatalog.CategoryHttp,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.BodyForBodylessStatus),
        HelpLink(RuleIds.BodyForBodylessStatus));

    /// <summary><c>SPD0003</c>: see <see cref="RuleIds.ContentLengthMismatch"/>.</summary>
    public static readonly DiagnosticDescriptor ContentLengthMismatch = new(
        RuleIds.ContentLengthMismatch,
        Title(RuleIds.ContentLengthMismatch),
        Message(RuleIds.ContentLengthMismatch),
        RuleCatalog.CategoryHttp,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.ContentLengthMismatch),
        HelpLink(RuleIds.ContentLengthMismatch));

    /// <summary><c>SPD0004</c>: see <see cref="RuleIds.MalformedHttp"/>.</summary>
    public static readonly DiagnosticDescriptor MalformedHttp = new(
        RuleIds.MalformedHttp,
        Title(RuleIds.MalformedHttp),
        Message(RuleIds.MalformedHttp),
        RuleCatalog.CategoryHttp,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.MalformedHttp),
        HelpLink(RuleIds.MalformedHttp));

    /// <summary><c>SPD0005</c>: see <see cref="RuleIds.RequiredPropertyMissing"/>.</summary>
    public static readonly DiagnosticDescriptor RequiredPropertyMissing = new(
        RuleIds.RequiredPropertyMissing,
        Title(RuleIds.RequiredPropertyMissing),
        Message(RuleIds.RequiredPropertyMissing),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.RequiredPropertyMissing),
        HelpLink(RuleIds.RequiredPropertyMissing));

    /// <summary><c>SPD0006</c>: see <see cref="RuleIds.UndeclaredProperty"/>.</summary>
    public static readonly DiagnosticDescriptor UndeclaredProperty = new(
        RuleIds.UndeclaredProperty,
        Title(RuleIds.UndeclaredProperty),
        Message(RuleIds.UndeclaredProperty),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UndeclaredProperty),
        HelpLink(RuleIds.UndeclaredProperty));

    /// <summary><c>SPD0007</c>: see <see cref="RuleIds.ValueTypeMismatch"/>.</summary>
    public static readonly DiagnosticDescriptor ValueTypeMismatch = new(
        RuleIds.ValueTypeMismatch,
        Title(RuleIds.ValueTypeMismatch),
        Message(RuleIds.ValueTypeMismatch),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.ValueTypeMismatch),
        HelpLink(RuleIds.ValueTypeMismatch));

    /// <summary><c>SPD0008</c>: see <see cref="RuleIds.InvalidJsonBody"/>.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonBody = new(
        RuleIds.InvalidJsonBody,
        Title(RuleIds.InvalidJsonBody),
        Message(RuleIds.InvalidJsonBody),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.InvalidJsonBody),
        HelpLink(RuleIds.InvalidJsonBody));

    /// <summary><c>SPD0009</c>: see <see cref="RuleIds.UndocumentedRequestPath"/>.</summary>
    public static readonly DiagnosticDescriptor UndocumentedRequestPath = new(
        RuleIds.UndocumentedRequestPath,
        Title(RuleIds.UndocumentedRequestPath),
        Message(RuleIds.UndocumentedRequestPath),
        RuleCatalog.CategoryHttp,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UndocumentedRequestPath),
        HelpLink(RuleIds.UndocumentedRequestPath));

    /// <summary><c>SPD0010</c>: see <see cref="RuleIds.StatusProseMismatch"/>.</summary>
    public static readonly DiagnosticDescriptor StatusProseMismatch = new(
        RuleIds.StatusProseMismatch,
        Title(RuleIds.StatusProseMismatch),
        Message(RuleIds.StatusProseMismatch),
        RuleCatalog.CategoryHttp,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.StatusProseMismatch),
        HelpLink(RuleIds.StatusProseMismatch));

    /// <summary><c>SPD0011</c>: see <see cref="RuleIds.UnresolvedType"/>.</summary>
    public static readonly DiagnosticDescriptor UnresolvedType = new(
        RuleIds.UnresolvedType,
        Title(RuleIds.UnresolvedType),
        Message(RuleIds.UnresolvedType),
        RuleCatalog.CategoryTypes,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UnresolvedType),
        HelpLink(RuleIds.UnresolvedType));

    /// <summary><c>SPD0012</c>: see <see cref="RuleIds.RefBodyNotReference"/>.</summary>
    public static readonly DiagnosticDescriptor RefBodyNotReference = new(
        RuleIds.RefBodyNotReference,
        Title(RuleIds.RefBodyNotReference),
        Message(RuleIds.RefBodyNotReference),
        RuleCatalog.CategoryHttp,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.RefBodyNotReference),
        HelpLink(RuleIds.RefBodyNotReference));

    /// <summary><c>SPD0013</c>: see <see cref="RuleIds.InvalidAnnotation"/>.</summary>
    public static readonly DiagnosticDescriptor InvalidAnnotation = new(
        RuleIds.InvalidAnnotation,
        Title(RuleIds.InvalidAnnotation),
        Message(RuleIds.InvalidAnnotation),
        RuleCatalog.CategoryAnnotations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.InvalidAnnotation),
        HelpLink(RuleIds.InvalidAnnotation));

    /// <summary><c>SPD0014</c>: see <see cref="RuleIds.DuplicateExampleName"/>.</summary>
    public static readonly DiagnosticDescriptor DuplicateExampleName = new(
        RuleIds.DuplicateExampleName,
        Title(RuleIds.DuplicateExampleName),
        Message(RuleIds.DuplicateExampleName),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.DuplicateExampleName),
        HelpLink(RuleIds.DuplicateExampleName));

    /// <summary><c>SPD0015</c>: see <see cref="RuleIds.RepresentationMismatch"/>.</summary>
    public static readonly DiagnosticDescriptor RepresentationMismatch = new(
        RuleIds.RepresentationMismatch,
        Title(RuleIds.RepresentationMismatch),
        Message(RuleIds.RepresentationMismatch),
        RuleCatalog.CategoryTypes,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.RepresentationMismatch),
        HelpLink(RuleIds.RepresentationMismatch));

    /// <summary><c>SPD0016</c>: see <see cref="RuleIds.ServerAssignedPropertyRequired"/>.</summary>
    public static readonly DiagnosticDescriptor ServerAssignedPropertyRequired = new(
        RuleIds.ServerAssignedPropertyRequired,
        Title(RuleIds.ServerAssignedPropertyRequired),
        Message(RuleIds.ServerAssignedPropertyRequired),
        RuleCatalog.CategoryTypes,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.ServerAssignedPropertyRequired),
        HelpLink(RuleIds.ServerAssignedPropertyRequired));

    /// <summary><c>SPD0017</c>: see <see cref="RuleIds.BrokenLink"/>.</summary>
    public static readonly DiagnosticDescriptor BrokenLink = new(
        RuleIds.BrokenLink,
        Title(RuleIds.BrokenLink),
        Message(RuleIds.BrokenLink),
        RuleCatalog.CategoryLinks,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.BrokenLink),
        HelpLink(RuleIds.BrokenLink));

    /// <summary><c>SPD0018</c>: see <see cref="RuleIds.ResponseTypeMismatch"/>.</summary>
    public static readonly DiagnosticDescriptor ResponseTypeMismatch = new(
        RuleIds.ResponseTypeMismatch,
        Title(RuleIds.ResponseTypeMismatch),
        Message(RuleIds.ResponseTypeMismatch),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.ResponseTypeMismatch),
        HelpLink(RuleIds.ResponseTypeMismatch));

    /// <summary><c>SPD0019</c>: see <see cref="RuleIds.ODataTypeNeeded"/>.</summary>
    public static readonly DiagnosticDescriptor ODataTypeNeeded = new(
        RuleIds.ODataTypeNeeded,
        Title(RuleIds.ODataTypeNeeded),
        Message(RuleIds.ODataTypeNeeded),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.ODataTypeNeeded),
        HelpLink(RuleIds.ODataTypeNeeded));

    /// <summary><c>SPD0020</c>: see <see cref="RuleIds.ResponseRequiredPropertyMissing"/>.</summary>
    public static readonly DiagnosticDescriptor ResponseRequiredPropertyMissing = new(
        RuleIds.ResponseRequiredPropertyMissing,
        Title(RuleIds.ResponseRequiredPropertyMissing),
        Message(RuleIds.ResponseRequiredPropertyMissing),
        RuleCatalog.CategoryExamples,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.ResponseRequiredPropertyMissing),
        HelpLink(RuleIds.ResponseRequiredPropertyMissing));

    /// <summary><c>SPD0101</c>: see <see cref="RuleIds.UnclosedFence"/>.</summary>
    public static readonly DiagnosticDescriptor UnclosedFence = new(
        RuleIds.UnclosedFence,
        Title(RuleIds.UnclosedFence),
        Message(RuleIds.UnclosedFence),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UnclosedFence),
        HelpLink(RuleIds.UnclosedFence));

    /// <summary><c>SPD0102</c>: see <see cref="RuleIds.UnclassifiedTypeCell"/>.</summary>
    public static readonly DiagnosticDescriptor UnclassifiedTypeCell = new(
        RuleIds.UnclassifiedTypeCell,
        Title(RuleIds.UnclassifiedTypeCell),
        Message(RuleIds.UnclassifiedTypeCell),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UnclassifiedTypeCell),
        HelpLink(RuleIds.UnclassifiedTypeCell));

    /// <summary><c>SPD0103</c>: see <see cref="RuleIds.TableRowCellCount"/>.</summary>
    public static readonly DiagnosticDescriptor TableRowCellCount = new(
        RuleIds.TableRowCellCount,
        Title(RuleIds.TableRowCellCount),
        Message(RuleIds.TableRowCellCount),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.TableRowCellCount),
        HelpLink(RuleIds.TableRowCellCount));

    /// <summary><c>SPD0104</c>: see <see cref="RuleIds.FrontMatterProblem"/>.</summary>
    public static readonly DiagnosticDescriptor FrontMatterProblem = new(
        RuleIds.FrontMatterProblem,
        Title(RuleIds.FrontMatterProblem),
        Message(RuleIds.FrontMatterProblem),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.FrontMatterProblem),
        HelpLink(RuleIds.FrontMatterProblem));

    /// <summary><c>SPD0105</c>: see <see cref="RuleIds.TitleProblem"/>.</summary>
    public static readonly DiagnosticDescriptor TitleProblem = new(
        RuleIds.TitleProblem,
        Title(RuleIds.TitleProblem),
        Message(RuleIds.TitleProblem),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.TitleProblem),
        HelpLink(RuleIds.TitleProblem));

    /// <summary><c>SPD0106</c>: see <see cref="RuleIds.UnplacedCodeBlock"/>.</summary>
    public static readonly DiagnosticDescriptor UnplacedCodeBlock = new(
        RuleIds.UnplacedCodeBlock,
        Title(RuleIds.UnplacedCodeBlock),
        Message(RuleIds.UnplacedCodeBlock),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UnplacedCodeBlock),
        HelpLink(RuleIds.UnplacedCodeBlock));

    /// <summary><c>SPD0107</c>: see <see cref="RuleIds.UnparsedHttpPath"/>.</summary>
    public static readonly DiagnosticDescriptor UnparsedHttpPath = new(
        RuleIds.UnparsedHttpPath,
        Title(RuleIds.UnparsedHttpPath),
        Message(RuleIds.UnparsedHttpPath),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UnparsedHttpPath),
        HelpLink(RuleIds.UnparsedHttpPath));

    /// <summary><c>SPD0108</c>: see <see cref="RuleIds.UnrecognisedTable"/>.</summary>
    public static readonly DiagnosticDescriptor UnrecognisedTable = new(
        RuleIds.UnrecognisedTable,
        Title(RuleIds.UnrecognisedTable),
        Message(RuleIds.UnrecognisedTable),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UnrecognisedTable),
        HelpLink(RuleIds.UnrecognisedTable));

    /// <summary><c>SPD0109</c>: see <see cref="RuleIds.InputLimitExceeded"/>.</summary>
    public static readonly DiagnosticDescriptor InputLimitExceeded = new(
        RuleIds.InputLimitExceeded,
        Title(RuleIds.InputLimitExceeded),
        Message(RuleIds.InputLimitExceeded),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.InputLimitExceeded),
        HelpLink(RuleIds.InputLimitExceeded));

    /// <summary><c>SPD0110</c>: see <see cref="RuleIds.UnknownPageKind"/>.</summary>
    public static readonly DiagnosticDescriptor UnknownPageKind = new(
        RuleIds.UnknownPageKind,
        Title(RuleIds.UnknownPageKind),
        Message(RuleIds.UnknownPageKind),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        Description(RuleIds.UnknownPageKind),
        HelpLink(RuleIds.UnknownPageKind));

    /// <summary><c>SPD0111</c>: see <see cref="RuleIds.OrphanAnnotation"/>.</summary>
    public static readonly DiagnosticDescriptor OrphanAnnotation = new(
        RuleIds.OrphanAnnotation,
        Title(RuleIds.OrphanAnnotation),
        Message(RuleIds.OrphanAnnotation),
        RuleCatalog.CategoryAnnotations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.OrphanAnnotation),
        HelpLink(RuleIds.OrphanAnnotation));

    /// <summary><c>SPD0112</c>: see <see cref="RuleIds.ConflictingTypeDefinition"/>.</summary>
    public static readonly DiagnosticDescriptor ConflictingTypeDefinition = new(
        RuleIds.ConflictingTypeDefinition,
        Title(RuleIds.ConflictingTypeDefinition),
        Message(RuleIds.ConflictingTypeDefinition),
        RuleCatalog.CategoryTypes,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.ConflictingTypeDefinition),
        HelpLink(RuleIds.ConflictingTypeDefinition));

    /// <summary><c>SPD0113</c>: see <see cref="RuleIds.UnreadableFile"/>.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new(
        RuleIds.UnreadableFile,
        Title(RuleIds.UnreadableFile),
        Message(RuleIds.UnreadableFile),
        RuleCatalog.CategoryParsing,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        Description(RuleIds.UnreadableFile),
        HelpLink(RuleIds.UnreadableFile));

    /// <summary><c>SPD0201</c>: see <see cref="RuleIds.UndocumentedStatusCode"/>.</summary>
    public static readonly DiagnosticDescriptor UndocumentedStatusCode = new(
        RuleIds.UndocumentedStatusCode,
        Title(RuleIds.UndocumentedStatusCode),
        Message(RuleIds.UndocumentedStatusCode),
        RuleCatalog.CategoryDrift,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UndocumentedStatusCode),
        HelpLink(RuleIds.UndocumentedStatusCode));

    /// <summary><c>SPD0202</c>: see <see cref="RuleIds.UndocumentedRoute"/>.</summary>
    public static readonly DiagnosticDescriptor UndocumentedRoute = new(
        RuleIds.UndocumentedRoute,
        Title(RuleIds.UndocumentedRoute),
        Message(RuleIds.UndocumentedRoute),
        RuleCatalog.CategoryDrift,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        Description(RuleIds.UndocumentedRoute),
        HelpLink(RuleIds.UndocumentedRoute));

}
