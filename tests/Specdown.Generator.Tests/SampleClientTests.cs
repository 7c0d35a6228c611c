using System.Diagnostics;

namespace Specdown.Generator.Tests;

/// <summary>
/// samples/Chat.Client builds with <c>IsAotCompatible</c> and warnings as errors (no IL2026/IL3050 from the generated
/// code) and runs with reflection-based System.Text.Json disabled: the generated client and a polymorphic
/// <c>IList&lt;Entity&gt;</c> round trip work through the generated <c>SpecdownJsonContext</c> alone.
/// </summary>
public class SampleClientTests
{
    [Fact]
    public void The_client_sample_runs_with_reflection_disabled()
    {
        var output = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(output);
        var configuration = Path.GetFileName(Path.GetDirectoryName(output)!);
        var repository = Path.GetFullPath(Path.Combine(output, "..", "..", "..", "..", ".."));
        var sample = Path.Combine(repository, "samples", "Chat.Client", "bin", configuration, framework);
        var config = File.ReadAllText(Path.Combine(sample, "Chat.Client.runtimeconfig.json"));
        Assert.Contains("\"System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault\": false", config, StringComparison.Ordinal);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(sample, "Chat.Client.dll"));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the sample did not finish");

        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.Contains("POST /beta/chats/$ref -> 204; sent: {\"id\":\"19:chat-1\",\"topic\":\"Specdown\"", stdout, StringComparison.Ordinal);
        Assert.Contains("reflection enabled: False; entities: Chat 19:chat-2, Chat 19:chat-3", stdout, StringComparison.Ordinal);
        Assert.Contains("round trip: [{\"@odata.type\":\"#microsoft.graph.chat\",\"id\":\"19:chat-2\",\"topic\":\"Docs\"}", stdout, StringComparison.Ordinal);
    }
}
