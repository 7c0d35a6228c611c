using Specdown.Model.Collections;
using Specdown.Model.Diagnostics;

namespace Specdown.Model;

/// <summary>
/// The operation an API page documents: its paths, parameters, request body, and what the Response section promises
/// (status code and return type, from the prose).
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record OperationModel(
    string Title,
    EquatableArray<HttpPath> Paths,
    EquatableArray<PropertyModel> PathParameters,
    EquatableArray<PropertyModel> QueryParameters,
    EquatableArray<PropertyModel> FunctionParameters,
    EquatableArray<PropertyModel> RequestHeaders,
    EquatableArray<PropertyModel> RequestBodyProperties,
    TypeRef? RequestBodyType,
    ResponseInfo? Response,
    LocationInfo Location);

/// <summary>
/// What the Response prose says: the status code (<c>200 OK</c>), the return type and whether it is a collection, and
/// whether it says "no body" / "in the response body".
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
public sealed record ResponseInfo(
    int? StatusCode,
    string? ReasonPhrase,
    TypeRef? ReturnType,
    bool MentionsBody,
    string Text,
    LocationInfo Location,
    LocationInfo? StatusLocation);
