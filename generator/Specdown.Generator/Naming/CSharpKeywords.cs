using System.Collections.Generic;

namespace Specdown.Generator.Naming;

/// <summary>The C# reserved keywords (contextual keywords are valid identifiers and are not listed).</summary>
internal static class CSharpKeywords
{
    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        // Contextual keywords that cannot be used as plain identifiers in every position we emit.
        "var", "dynamic", "await", "yield", "value", "field", "global", "nameof", "record", "required", "scoped",
    };

    /// <summary>Whether <paramref name="name"/> must not be used as a plain identifier.</summary>
    public static bool IsReserved(string name) => Reserved.Contains(name);
}
