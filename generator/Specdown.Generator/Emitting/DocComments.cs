namespace Specdown.Generator.Emitting;

/// <summary>Writes XML documentation comments from document text (escaped, one line).</summary>
internal static class DocComments
{
    public static void WriteSummary(SourceWriter writer, string? text)
    {
        var doc = CSharpLiteral.DocText(text);
        if (doc.Length == 0)
        {
            return;
        }

        writer.WriteLine("/// <summary>" + doc + "</summary>");
    }
}
