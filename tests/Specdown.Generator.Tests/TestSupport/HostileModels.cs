using Specdown.Model;
using static Specdown.Generator.Tests.TestSupport.Models;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>Pages whose names and descriptions try to break out of identifiers, comments and string literals.</summary>
internal static class HostileModels
{
    public const string Evil = "*/ </summary> \"quote\" \\back\\slash\n#pragma warning disable\r\n// comment \u202Egnp.exe\u202C \u2066x\u2069 \u200B zero \u0000 nul } class Injected { }";

    public static readonly string VeryLong = new('a', 5000);

    public static List<PageModel> Pages() => new()
    {
        Page("resources/evil.md", new[]
        {
            Type("evil\u202E\"; class Injected {} //", description: Evil, path: "resources/evil.md", properties: new[]
            {
                Prop("name\"); } class Injected { //", Primitive("String"), Evil),
                Prop("*/", Primitive("String"), "</summary><script>"),
                Prop("\u202Ebidi\u202C", Primitive("String"), "x\u2028y\u2029z"),
                Prop(VeryLong, Primitive("String"), VeryLong),
                Prop("#pragma warning restore", Primitive("Int32"), "#pragma"),
                Prop("\\u0041", Primitive("String"), "\\u0041"),
            }),
        }),
        Page("resources/evilenum.md", enums: new[] { Enum("mood\n#error boom", path: "resources/evilenum.md", members: new[] { Member("\"); System.Environment.Exit(1); //", description: Evil), Member("*/"), Member("line\nbreak"), Member(VeryLong) }) }),
        Page("api/evil-op.md", operation: Operation(Evil, new[] { Path("POST", "/evil\"/{id\"}/x\ny/{*/}?q=\"1\""), Path("GET", "/" + Evil) }, body: Named("evil\u202E\"; class Injected {} //"), status: 200, returns: Named("mood\n#error boom"))),
    };
}
