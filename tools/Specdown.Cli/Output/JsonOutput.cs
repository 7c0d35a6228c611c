using System.Text.Encodings.Web;
using System.Text.Json;

namespace Specdown.Cli.Output;

/// <summary>The one JSON writer configuration of the CLI: indented, '\n' line ends, readable non-ASCII text.</summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
