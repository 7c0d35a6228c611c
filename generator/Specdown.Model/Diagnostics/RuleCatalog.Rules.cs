using System.Collections.Generic;

namespace Specdown.Model.Diagnostics;

public static partial class RuleCatalog
{
    private static void AddContentRules(List<RuleDescriptor> list)
    {
        Add(list, RuleIds.PlaceholderText, CategoryContent, "Unresolved placeholder text",
            "Unresolved placeholder text: {0}",
            "Text such as '**TODO: ...**' was left in front matter, a table or prose.");
        Add(list, RuleIds.BodyForBodylessStatus, CategoryHttp, "Body documented for a status that cannot carry one",
            "Status {0} cannot carry a body, but {1}",
            "HTTP forbids a body for 1xx, 204 and 304 responses; the example or the prose documents one.");
        Add(list, RuleIds.ContentLengthMismatch, CategoryHttp, "Content-Length disagrees with the body",
            "Content-Length is {0}, but the body is {1} bytes with LF line endings and {2} with CRLF",
            "The Content-Length header matches neither the LF nor the CRLF length of the example body.");
        Add(list, RuleIds.MalformedHttp, CategoryHttp, "Malformed HTTP example",
            "Malformed HTTP example: {0}",
            "No blank line between headers and body, a status line without version, a header without a colon, and similar.");
        Add(list, RuleIds.RequiredPropertyMissing, CategoryExamples, "Request example omits a required property",
            "Request example '{0}' omits the required property '{1}'",
            "The request-body table lists the property as required but the request example does not send it.");
        Add(list, RuleIds.UndeclaredProperty, CategoryExamples, "Example property not declared by the resource",
            "Property '{0}' is not declared by '{1}'{2}",
            "The example uses a property that the resource type (with its base types) does not declare, or declares only with other letter case.");
        Add(list, RuleIds.ValueTypeMismatch, CategoryExamples, "Example value does not fit the declared type",
            "Value {0} of '{1}' does not fit the declared type {2}",
            "The example value does not fit the declared type and is not a recognised type placeholder.");
        Add(list, RuleIds.InvalidJsonBody, CategoryExamples, "Example body is not valid JSON",
            "Example body is not valid JSON: {0}",
            "The example body is not strict JSON; the message says whether tolerant reading recovered it.");
        Add(list, RuleIds.UndocumentedRequestPath, CategoryHttp, "Request example matches no documented path",
            "Request '{0} {1}' matches none of the documented paths",
            "The request example's method and path match none of the paths under '## HTTP request'.");
        Add(list, RuleIds.StatusProseMismatch, CategoryHttp, "Response prose and example disagree on the status",
            "The response section documents status {0}, but the example returns {1}",
            "The status code in the '## Response' prose differs from the status of the response example.");
        Add(list, RuleIds.UnresolvedType, CategoryTypes, "Type reference resolves to no page",
            "Type '{0}' resolves to no page of the doc set",
            "A type reference names a type that no page of the doc set documents.");
        Add(list, RuleIds.RefBodyNotReference, CategoryHttp, "$ref request body is not a reference",
            "'{0}' is a $ref endpoint, but the example body is an entity instead of an @odata.id reference",
            "Requests to $ref endpoints carry {\"@odata.id\": \"...\"}; the example sends an entity.");
        Add(list, RuleIds.InvalidAnnotation, CategoryAnnotations, "Invalid annotation",
            "Annotation problem: {0}",
            "An annotation comment is not valid JSON, or has an unknown blockType or key.");
        Add(list, RuleIds.DuplicateExampleName, CategoryExamples, "Duplicate example name",
            "Example name '{0}' is also used at {1}",
            "Two examples of the doc set carry the same name annotation.");
        Add(list, RuleIds.RepresentationMismatch, CategoryTypes, "Property table and JSON representation disagree",
            "'{0}': {1}",
            "A resource's property tables and its JSON representation disagree.");
        Add(list, RuleIds.ServerAssignedPropertyRequired, CategoryTypes, "Server-assigned property listed as required",
            "'{0}' is {1} and should not be required in a create request",
            "A key, read-only or inherited server-assigned property is listed as required in a create request.");
        Add(list, RuleIds.BrokenLink, CategoryLinks, "Broken relative link",
            "Link '{0}' points to {1} that does not exist in the doc set",
            "A relative link points to a page or anchor that is not in the doc set.");
        Add(list, RuleIds.ResponseTypeMismatch, CategoryExamples, "Response contradicts the documented return type",
            "The response {0}, but the documented return type is {1}",
            "The response's @odata.type or collection shape contradicts the documented return type.");
        Add(list, RuleIds.ODataTypeNeeded, CategoryExamples, "Example object is not read as the type it shows",
            "The object is read as '{0}', which {1}",
            "An example object of an abstract type, or showing properties that only a derived type declares, carries no @odata.type naming its concrete type, or its @odata.type names a type that does not derive from the declared one.");
        Add(list, RuleIds.ResponseRequiredPropertyMissing, CategoryExamples, "Complete response example omits a required property",
            "The '{0}' object of this complete response omits '{1}', which the type's table marks required; show it or mark the example truncated",
            "A response example that is not marked truncated shows an object without a property that its type's property table marks required.");
    }

    private static void AddParsingRules(List<RuleDescriptor> list)
    {
        Add(list, RuleIds.UnclosedFence, CategoryParsing, "Unclosed code fence",
            "Code fence opened here is never closed; it runs to {0}",
            "A fenced code block is not closed where intended and swallows the following content.");
        Add(list, RuleIds.UnclassifiedTypeCell, CategoryParsing, "Type cell not understood",
            "Type cell '{0}' is not a recognised type; kept as free text",
            "A table's Type cell is neither a primitive, a link to a type, nor a bare type name.");
        Add(list, RuleIds.TableRowCellCount, CategoryParsing, "Table row with the wrong number of cells",
            "Table row has {0} cells, the header has {1}",
            "A table row has too few or too many cells; missing cells are read as empty, extra cells kept.");
        Add(list, RuleIds.FrontMatterProblem, CategoryParsing, "Front matter problem",
            "Front matter: {0}",
            "The YAML front matter is missing, unclosed or has lines that are not 'key: value'.");
        Add(list, RuleIds.TitleProblem, CategoryParsing, "Title problem",
            "Title: {0}",
            "A page has no real H1 title, or more than one.");
        Add(list, RuleIds.UnplacedCodeBlock, CategoryParsing, "Code block not placed",
            "Code block could not be placed: {0}",
            "A code block in an examples section is neither a recognisable request nor response.");
        Add(list, RuleIds.UnparsedHttpPath, CategoryParsing, "HTTP request path not understood",
            "HTTP request line not understood: {0}",
            "A line under '## HTTP request' is not 'METHOD /path'.");
        Add(list, RuleIds.UnrecognisedTable, CategoryParsing, "Table not recognised",
            "Table with header '{0}' under '{1}' is not a recognised kind; kept as an unclassified table",
            "A table's header and heading match none of the known table kinds.");
        Add(list, RuleIds.InputLimitExceeded, CategoryParsing, "Input limit exceeded",
            "{0}",
            "The page exceeds a safety limit (nesting depth, size); the excess is kept as text and not interpreted.");
        Add(list, RuleIds.UnknownPageKind, CategoryParsing, "Page kind not declared",
            "doc_type '{0}' is not a known page type; the page was read as {1}",
            "The front matter's doc_type is missing or unknown; the kind was inferred from the content.", DiagnosticSeverityLevel.Info);
        Add(list, RuleIds.OrphanAnnotation, CategoryAnnotations, "Annotation not followed by a code block",
            "Annotation with blockType '{0}' is not followed by a code block",
            "A block annotation must stand right before the fenced code block it describes.");
        Add(list, RuleIds.ConflictingTypeDefinition, CategoryTypes, "Conflicting type definitions",
            "Type '{0}' is also documented at {1} with {2}",
            "A type documented on several pages is merged; the pages disagree on a property or base type.");
        Add(list, RuleIds.UnreadableFile, CategoryParsing, "File could not be read",
            "File could not be read: {0}",
            "The file could not be read or decoded.", DiagnosticSeverityLevel.Error);
    }

    private static void AddDriftRules(List<RuleDescriptor> list)
    {
        Add(list, RuleIds.UndocumentedStatusCode, CategoryDrift, "Endpoint returns an undocumented status",
            "'{0}' returns status {1}, which the docs do not list for {2}",
            "An implementation of a generated endpoint stub returns a status code that the docs do not document.");
        Add(list, RuleIds.UndocumentedRoute, CategoryDrift, "Route not in the docs",
            "Route '{0} {1}' is not documented",
            "A hand-written route attribute or Map call registers a path that the docs do not have.");
    }
}
