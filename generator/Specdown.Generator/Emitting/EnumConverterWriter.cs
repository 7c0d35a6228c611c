using System.Collections.Generic;
using Specdown.Generator.Naming;

namespace Specdown.Generator.Emitting;

/// <summary>Writes the JSON converter of one enum (see <see cref="EnumEmitter"/>).</summary>
internal static class EnumConverterWriter
{
    public static void Write(SourceWriter writer, string converterNamespace, TypeEntry entry, EnumPlan plan, bool isFlags)
    {
        var type = entry.GlobalName;
        var underlying = plan.IsLong ? "long" : "int";
        writer.OpenBlock("namespace " + converterNamespace);
        writer.WriteLine("/// <summary>Reads and writes <see cref=\"" + type + "\"/> as its wire strings; unknown values never throw.</summary>");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public sealed class " + entry.CSharpName + "JsonConverter : global::System.Text.Json.Serialization.JsonConverter<" + type + ">");
        WriteParseOne(writer, type, plan);
        writer.WriteLine();
        WriteFormatOne(writer, type, plan, underlying);
        writer.WriteLine();
        if (isFlags)
        {
            WriteFlags(writer, type, plan, underlying);
        }
        else
        {
            writer.WriteLine("public static " + type + " Parse(string? value) => ParseOne(value);");
            writer.WriteLine();
            writer.WriteLine("public static string Format(" + type + " value) => FormatOne(value);");
        }

        writer.WriteLine();
        WriteReadWrite(writer, type, plan);
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteParseOne(SourceWriter writer, string type, EnumPlan plan)
    {
        writer.OpenBlock("private static " + type + " ParseOne(string? value)");
        writer.OpenBlock("switch (value)");
        foreach (var member in plan.Members)
        {
            if (member.WireName.Length > 0)
            {
                writer.WriteLine("case " + CSharpLiteral.String(member.WireName) + ": return " + type + "." + member.Name + ";");
            }
        }

        writer.WriteLine("default: return " + type + "." + plan.Fallback.Name + ";");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteFormatOne(SourceWriter writer, string type, EnumPlan plan, string underlying)
    {
        writer.OpenBlock("private static string FormatOne(" + type + " value)");
        writer.OpenBlock("switch (value)");
        var seen = new HashSet<long>();
        foreach (var member in plan.Members)
        {
            if (member.WireName.Length > 0 && seen.Add(member.Value))
            {
                writer.WriteLine("case " + type + "." + member.Name + ": return " + CSharpLiteral.String(member.WireName) + ";");
            }
        }

        writer.WriteLine("default: return ((" + underlying + ")value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteFlags(SourceWriter writer, string type, EnumPlan plan, string underlying)
    {
        writer.OpenBlock("public static " + type + " Parse(string? value)");
        writer.WriteLine("if (value is null) return " + type + "." + plan.Fallback.Name + ";");
        writer.WriteLine(underlying + " result = 0;");
        writer.OpenBlock("foreach (var part in value.Split(','))");
        writer.WriteLine("var one = ParseOne(part.Trim());");
        writer.WriteLine("if (one != " + type + "." + plan.Fallback.Name + ") result |= (" + underlying + ")one;");
        writer.CloseBlock();
        writer.WriteLine("return (" + type + ")result;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("public static string Format(" + type + " value)");
        writer.WriteLine("var single = FormatOne(value);");
        writer.WriteLine("if (!char.IsDigit(single[0]) && single[0] != '-') return single;");
        writer.WriteLine("var parts = new global::System.Collections.Generic.List<string>();");
        var seen = new HashSet<long>();
        foreach (var member in plan.Members)
        {
            if (member.WireName.Length > 0 && member.Value != 0 && seen.Add(member.Value))
            {
                writer.WriteLine("if ((value & " + type + "." + member.Name + ") == " + type + "." + member.Name + ") parts.Add(" + CSharpLiteral.String(member.WireName) + ");");
            }
        }

        writer.WriteLine("return parts.Count == 0 ? single : string.Join(\",\", parts);");
        writer.CloseBlock();
    }

    private static void WriteReadWrite(SourceWriter writer, string type, EnumPlan plan)
    {
        writer.OpenBlock("public override " + type + " Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.OpenBlock("switch (reader.TokenType)");
        writer.WriteLine("case global::System.Text.Json.JsonTokenType.String: return Parse(reader.GetString());");
        writer.WriteLine("case global::System.Text.Json.JsonTokenType.Number: return reader.TryGetInt64(out var number) ? (" + type + ")number : " + type + "." + plan.Fallback.Name + ";");
        writer.WriteLine("default: reader.Skip(); return " + type + "." + plan.Fallback.Name + ";");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + type + " value, global::System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(Format(value));");
    }
}
