using System.Text;
using CsCheck;

namespace Specdown.Hardening.Tests.Support.Fuzzing;

/// <summary>
/// Generators of the words a page is made of: names (ordinary, keywords, hostile), type cells, descriptions and
/// random Unicode (surrogates, bidi controls, zero-width characters, NUL).
/// </summary>
public static class PageWords
{
    private static readonly string[] OrdinaryNames =
    {
        "id", "topic", "createdDateTime", "displayName", "members", "chatType", "webUrl", "tenantId", "body",
        "from", "user", "group", "message", "lastUpdatedDateTime", "isHidden", "mail", "value", "type", "name",
    };

    private static readonly string[] KeywordNames =
    {
        "class", "namespace", "event", "operator", "object", "string", "int", "default", "value", "System", "global",
        "Equals", "GetHashCode", "ToString", "this", "base", "params", "@odata.type", "__arglist", "async", "await",
        "var", "dynamic", "record", "required", "file", "scoped", "field",
    };

    private static readonly string[] HostileNames =
    {
        "x*/ public int Evil;", "</summary><script/>", "a\"b", "back\\slash", "\"\"\"raw\"\"\"", "#line 1 \"x\"",
        "#pragma warning disable", "#error boom", "#define X", "\u202Eadmin\u202C", "ad\u200Bmin", "аdmin", "1st",
        "with space", "dash-name", "emoji😀", "\0nul", "a.b.c", "", " ", "{id}", "/* c */", "// c", "\u2028line",
    };

    private static readonly string[] PrimitiveTypes =
    {
        "String", "Int32", "Int64", "Boolean", "DateTimeOffset", "Double", "Guid", "Binary", "Duration", "Date",
        "TimeOfDay", "Single", "Decimal", "Byte", "Stream", "Edm.String", "string", "Object", "Json",
    };

    /// <summary>Characters that break things: surrogates (paired and lone), bidi and zero-width controls, NUL, line separators.</summary>
    private static readonly char[] HostileChars =
    {
        '\0', '\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u200D', '\uFEFF', '\uD83D', '\uDE00', '\u2028',
        '\u2029', '\u0085', '\r', '\n', '\t', '|', '`', '<', '>', '"', '\\', '{', '}', '[', ']', '*', '/', '#', '-',
    };

    public static readonly Gen<string> Identifier =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz"], Gen.String[Gen.Char.AlphaNumeric, 0, 12], (c, rest) => c + rest);

    public static readonly Gen<string> Name = Gen.Frequency(
        (6, Gen.OneOfConst(OrdinaryNames)),
        (4, Identifier),
        (2, Gen.OneOfConst(KeywordNames)),
        (1, Gen.OneOfConst(HostileNames)),
        (1, Gen.String));

    public static readonly Gen<string> UnicodeText = Gen.Frequency(
        (3, Gen.String),
        (3, Gen.Char.Array[0, 40].Select(a => new string(a))),
        (2, Gen.OneOfConst(HostileChars).Array[0, 20].Select(a => new string(a))));

    public static readonly Gen<string> TypeName = Gen.Frequency(
        (5, Gen.OneOfConst(PrimitiveTypes)),
        (3, Name),
        (1, UnicodeText));

    public static readonly Gen<string> TypeCell = Gen.Frequency(
        (5, Gen.OneOfConst(PrimitiveTypes)),
        (3, TypeName.Select(t => "[" + t + "](" + Slug(t) + ".md)")),
        (2, TypeName.Select(t => "[" + t + "](" + Slug(t) + ".md) collection")),
        (1, Gen.OneOfConst(PrimitiveTypes).Select(t => t + " collection")),
        (1, UnicodeText));

    public static readonly Gen<string> Description = Gen.Frequency(
        (5, Gen.OneOfConst("The identifier.", "Date and time. Read-only.", "Possible values are: `group`, `oneOnOne`, `meeting`.",
            "Required. Supports `$filter`.", "Inherited from [entity](entity.md).", "Nullable.", "")),
        (2, Gen.OneOfConst(HostileNames)),
        (2, UnicodeText));

    /// <summary>A lower-case file-name slug (the page path of a type).</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c + 32));
            }
        }

        return builder.Length == 0 ? "x" : builder.ToString();
    }
}
