using System.Globalization;
using Specdown.Generator.Naming;
using Specdown.Generator.Specs;

namespace Specdown.Generator.Emitting;

/// <summary>
/// Emits one enum with its own small JSON converter (wire strings both ways; unknown values map to the fallback member
/// and never throw), so it works on every target framework without <c>JsonStringEnumMemberName</c> (which is still
/// emitted for net9+).
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedSource? Emit(EnumSpec spec, TypeIndex index)
    {
        if (index.Names.FindByFullName(spec.FullName) is not { IsEnum: true } entry)
        {
            return null;
        }

        var plan = EnumPlan.Create(spec, entry.CSharpName);
        var converterNamespace = EmitterConstants.EnumConverterNamespace(index.RootNamespace, entry.RelativeNamespace);
        var converter = EmitterConstants.EnumConverter(index.RootNamespace, entry);
        // A part of a file (see ModelFiles): the header is written once per file.
        var writer = new SourceWriter();
        writer.OpenBlock("namespace " + entry.CSharpNamespace);
        DocComments.WriteSummary(writer, spec.Description);
        if (spec.IsFlags)
        {
            writer.WriteLine("[global::System.Flags]");
        }

        writer.WriteLine("[" + EmitterConstants.JsonConverter + "(typeof(" + converter + "))]");
        writer.WriteLine(EmitterConstants.GeneratedCode);
        writer.OpenBlock("public enum " + entry.CSharpName + (plan.IsLong ? " : long" : string.Empty));
        foreach (var member in plan.Members)
        {
            WriteMember(writer, member);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        EnumConverterWriter.Write(writer, converterNamespace, entry, plan, spec.IsFlags);
        return new GeneratedSource(HintNames.Model(entry), writer.ToString());
    }

    private static void WriteMember(SourceWriter writer, EnumMemberPlan member)
    {
        DocComments.WriteSummary(writer, member.Description);
        if (member.WireName.Length > 0)
        {
            writer.WriteDirective("#if NET9_0_OR_GREATER");
            writer.WriteLine("[global::System.Text.Json.Serialization.JsonStringEnumMemberName(" + CSharpLiteral.String(member.WireName) + ")]");
            writer.WriteDirective("#endif");
        }

        writer.WriteLine(member.Name + " = " + member.Value.ToString(CultureInfo.InvariantCulture) + ",");
    }
}
