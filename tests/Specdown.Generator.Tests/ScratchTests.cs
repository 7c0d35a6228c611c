using Specdown.Generator.Tests.TestSupport;
using Specdown.Model.Parsing;
using Xunit.Abstractions;

namespace Specdown.Generator.Tests;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var (path, text) in Paths.ReadMarkdown(Paths.SpecFolder, "spec/"))
        {
            var page = PageParser.Parse(path, text);
            output.WriteLine($"{path} kind={page.Kind} ns={page.Namespace} types={page.Types.Count} enums={page.Enums.Count}");
            if (page.Operation is { } op)
            {
                output.WriteLine($"op {op.Title} paths={string.Join(",", op.Paths.Select(p => p.Method + " " + p.Template))} body={op.RequestBodyType} props={op.RequestBodyProperties.Count} resp={op.Response}");
            }
            foreach (var t in page.Types) output.WriteLine($"type {t.FullName} base={t.BaseType} props={string.Join(",", t.Properties.Select(p => p.Name + ":" + p.Type.Kind + "/" + p.Type.Name))}");
        }
    }
}
