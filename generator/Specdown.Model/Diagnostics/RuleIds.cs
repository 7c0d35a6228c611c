namespace Specdown.Model.Diagnostics;

/// <summary>The stable diagnostic IDs, named by what they report.</summary>
public static class RuleIds
{
    // Documentation conformance (analyzers issue).
    public const string PlaceholderText = "SPD0001";
    public const string BodyForBodylessStatus = "SPD0002";
    public const string ContentLengthMismatch = "SPD0003";
    public const string MalformedHttp = "SPD0004";
    public const string RequiredPropertyMissing = "SPD0005";
    public const string UndeclaredProperty = "SPD0006";
    public const string ValueTypeMismatch = "SPD0007";
    public const string InvalidJsonBody = "SPD0008";
    public const string UndocumentedRequestPath = "SPD0009";
    public const string StatusProseMismatch = "SPD0010";
    public const string UnresolvedType = "SPD0011";
    public const string RefBodyNotReference = "SPD0012";
    public const string InvalidAnnotation = "SPD0013";
    public const string DuplicateExampleName = "SPD0014";
    public const string RepresentationMismatch = "SPD0015";
    public const string ServerAssignedPropertyRequired = "SPD0016";
    public const string BrokenLink = "SPD0017";
    public const string ResponseTypeMismatch = "SPD0018";
    public const string ODataTypeNeeded = "SPD0019";
    public const string ResponseRequiredPropertyMissing = "SPD0020";

    // Parsing: what the parser could not place or had to recover from.
    public const string UnclosedFence = "SPD0101";
    public const string UnclassifiedTypeCell = "SPD0102";
    public const string TableRowCellCount = "SPD0103";
    public const string FrontMatterProblem = "SPD0104";
    public const string TitleProblem = "SPD0105";
    public const string UnplacedCodeBlock = "SPD0106";
    public const string UnparsedHttpPath = "SPD0107";
    public const string UnrecognisedTable = "SPD0108";
    public const string InputLimitExceeded = "SPD0109";
    public const string UnknownPageKind = "SPD0110";
    public const string OrphanAnnotation = "SPD0111";
    public const string ConflictingTypeDefinition = "SPD0112";
    public const string UnreadableFile = "SPD0113";

    // Drift between hand-written code and the docs.
    public const string UndocumentedStatusCode = "SPD0201";
    public const string UndocumentedRoute = "SPD0202";
}
