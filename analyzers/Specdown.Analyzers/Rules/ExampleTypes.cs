using Specdown.Model;

namespace Specdown.Analyzers.Rules;

/// <summary>The documented type of an example body: from its annotation, else from the operation's request/return type.</summary>
internal static class ExampleTypes
{
    /// <summary>
    /// The documented type of the example's body and whether it is a collection; null when the docs do not say or the
    /// type is not in the doc set.
    /// </summary>
    public static TypeDefinition? Documented(DocSet docSet, PageModel page, HttpExample example, out bool isCollection)
    {
        isCollection = false;
        var annotation = example.Annotation;
        if (!string.IsNullOrWhiteSpace(annotation?.ODataType))
        {
            var name = TypeLookup.Clean(annotation!.ODataType, out var wrapped);
            isCollection = annotation.IsCollection == true || wrapped;
            return docSet.FindType(name);
        }

        var operation = page.Operation;
        if (operation is null)
        {
            return null;
        }

        return example.IsRequest
            ? TypeLookup.Resolve(docSet, operation.RequestBodyType, page.Path, out isCollection)
            : TypeLookup.Resolve(docSet, operation.Response?.ReturnType, page.Path, out isCollection);
    }
}
