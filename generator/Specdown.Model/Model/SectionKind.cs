namespace Specdown.Model;

/// <summary>The role of a section, recognised from its heading text.</summary>
public enum SectionKind
{
    Other = 0,
    Title,
    Permissions,
    HttpRequest,
    PathParameters,
    QueryParameters,
    FunctionParameters,
    RequestHeaders,
    RequestBody,
    Response,
    Examples,
    Request,
    ResponseExample,
    Properties,
    Relationships,
    Methods,
    JsonRepresentation,
    EnumValues,
    Members,
    SeeAlso,
}
