using Specdown.Model.Collections;

namespace Specdown.Generator.Specs;

/// <summary>
/// One documented operation path (an API page with three paths yields three specs): method, path template as written,
/// request body, documented success status and response type, and its resource group (first path segment).
/// </summary>
/// <remarks>Equality: all members by value.</remarks>
internal sealed record OperationSpec(
    string Title,
    string SourcePath,
    int PathIndex,
    string Namespace,
    string Method,
    string Template,
    TypeRefSpec? RequestBodyType,
    EquatableArray<PropertySpec> RequestBodyProperties,
    int? StatusCode,
    TypeRefSpec? ResponseType,
    bool ResponseMentionsBody,
    string Group);
