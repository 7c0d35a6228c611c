using System.Collections.Generic;
using Specdown.Generator.Naming;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits the fixed infrastructure every output uses: the JSON options factory (<c>SpecdownJson</c>), the ISO 8601
/// duration converters, the collection envelope and the client exception. Depends on the options only.
/// </summary>
internal static class SupportEmitter
{
    public static IEnumerable<GeneratedSource> Emit(GeneratorOptions options)
    {
        var root = options.RootNamespace;
        yield return new GeneratedSource(HintNames.Support("SpecdownJson"), Text(root, NamespaceNames.Serialization, SupportTemplates.Json));
        yield return new GeneratedSource(HintNames.Support("DurationJsonConverter"), Text(root, NamespaceNames.Serialization, SupportTemplates.Duration));
        yield return new GeneratedSource(HintNames.Support("SpecdownCollectionResponse"), Text(root, NamespaceNames.Serialization, SupportTemplates.Collection));
        if (options.EmitClient)
        {
            yield return new GeneratedSource(HintNames.Support("SpecdownApiException"), Text(root, NamespaceNames.Client, SupportTemplates.ApiException));
        }
    }

    private static string Text(string root, string relative, string body)
    {
        var writer = new SourceWriter();
        writer.WriteHeader();
        writer.WriteLine("namespace " + root + "." + relative);
        writer.WriteLine("{");
        var text = writer.ToString() + body.Replace("\r\n", "\n").Replace("[GeneratedCode]", EmitterConstants.GeneratedCode) + "}\n";
        return text;
    }
}
