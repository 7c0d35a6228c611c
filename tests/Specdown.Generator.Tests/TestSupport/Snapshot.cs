using System.Runtime.CompilerServices;
using System.Text;

namespace Specdown.Generator.Tests.TestSupport;

/// <summary>
/// A small snapshot helper with Verify's conventions: <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.&lt;name&gt;.verified.&lt;ext&gt;</c>
/// next to the test source; a missing snapshot fails; on mismatch a <c>.received.</c> file is written beside it.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string text, string name, string extension = "cs", [CallerFilePath] string sourceFile = "", [CallerMemberName] string test = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var stem = Path.Combine(folder, className + "." + test + "." + Sanitize(name));
        var verified = stem + ".verified." + extension;
        var received = stem + ".received." + extension;
        var normalized = text.Replace("\r\n", "\n");
        if (File.Exists(verified) && File.ReadAllText(verified, Encoding.UTF8).Replace("\r\n", "\n") == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, normalized, new UTF8Encoding(false));
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot mismatch: compare {received} with {verified} and accept by renaming."
            : $"Missing snapshot {verified}; review {received} and rename it to accept.");
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_');
        }

        return builder.ToString();
    }
}
