using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Specdown.Cli.Tests.Infrastructure;

/// <summary>
/// A small snapshot helper with Verify's conventions: <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.&lt;ext&gt;</c> beside
/// the test source. A missing or different snapshot writes <c>*.received.&lt;ext&gt;</c> (git-ignored) and FAILS;
/// accept a change by renaming the received file to verified after reviewing it.
/// </summary>
public static class Snapshot
{
    public static void Verify(
        string actual,
        string extension,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var stem = Path.Combine(directory, $"{className}.{testName}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        var normalised = Normalise(actual);
        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == normalised)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalised, new UTF8Encoding(false));
        if (!File.Exists(verified))
        {
            Assert.Fail($"Snapshot missing: {verified}\nReview {received} and rename it to .verified.{extension} to accept it.");
        }

        Assert.Fail($"Snapshot differs from {verified} (received written to {received}):\n{Diff(File.ReadAllText(verified), normalised)}");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n");

    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(Normalise(expected), actual);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in model.Lines)
        {
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Text).Append('\n');
            if (++shown >= 60)
            {
                builder.Append("...\n");
                break;
            }
        }

        return builder.ToString();
    }
}
