using Specdown.Model.Diagnostics;

namespace Specdown.Package.Tests;

/// <summary>
/// A user's project consumes the packed packages from a local folder feed (not a ProjectReference): it builds with
/// TreatWarningsAsErrors (so CS8784/CS8785/CS9057 would fail it), sees the generated types, and shows the .md
/// diagnostics at file(line,col).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests(PackageFeedFixture feed)
{
    [Fact]
    public void Consumer_builds_against_the_packed_package_and_sees_types_and_markdown_diagnostics()
    {
        var consumer = CreateConsumer("consumer-build");

        var build = ProcessRunner.Dotnet("build -c Debug --no-incremental", consumer, timeoutSeconds: 480);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8784", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
        // Diagnostics located in the Markdown: the seed's 204 status line is line 88.
        Assert.Matches(@"docs[/\\]api[/\\]chat-post-chats-ref\.md\(\d+,\d+\): warning SPD0002", build.Output);
        Assert.Matches(@"docs[/\\]api[/\\]chat-post-chats-ref\.md\(4,\d+\): warning SPD0001", build.Output);

        var run = ProcessRunner.Dotnet("run --no-build -c Debug -- --smoke", consumer, timeoutSeconds: 120);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("19:abc", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"topic\":\"Specdown\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_contract_tests_generated_by_the_package_run_green_against_the_service()
    {
        CreateConsumer("consumer-service");
        var tests = Path.Combine(feed.WorkDirectory, "consumer-tests");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "ConsumerTests"), tests);
        Render(Path.Combine(tests, "ConsumerTests.csproj.template"), Path.Combine(tests, "ConsumerTests.csproj"), ("$VERSION$", feed.Version), ("$SPDIDS$", SpdIds));

        var run = ProcessRunner.Dotnet("test --logger \"console;verbosity=normal\"", tests, timeoutSeconds: 600);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("create_chat_from_chats_round_trip", run.Output, StringComparison.Ordinal);
        Assert.Contains("create_chat_from_chats_replay", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_installs_from_the_feed_and_checks_docs_in_a_clean_folder()
    {
        var folder = Path.Combine(feed.WorkDirectory, "tool-user");
        var tools = Path.Combine(folder, ".tools");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Consumer", "docs"), Path.Combine(folder, "spec"));

        var install = ProcessRunner.Dotnet($"tool install --tool-path \"{tools}\" --add-source \"{feed.Feed}\" Specdown.Tool --version {feed.Version}", folder, timeoutSeconds: 300);
        Assert.True(install.ExitCode == 0, install.ToString());

        var check = ProcessRunner.Run(Path.Combine(tools, "specdown"), "check spec", folder, TimeSpan.FromMinutes(2));
        Assert.True(check.ExitCode is 0 or 1, check.ToString());
        Assert.Matches(@"spec/api/chat-post-chats-ref\.md\(4,\d+\): warning SPD0001", check.Output);
    }

    private static string SpdIds => string.Join(";", RuleCatalog.All.Select(r => r.Id));

    private string CreateConsumer(string name)
    {
        var target = Path.Combine(feed.WorkDirectory, name);
        if (File.Exists(Path.Combine(target, "Consumer.csproj")))
        {
            return target;
        }

        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Consumer"), target);
        Render(Path.Combine(target, "Consumer.csproj.template"), Path.Combine(target, "Consumer.csproj"), ("$VERSION$", feed.Version), ("$SPDIDS$", SpdIds));
        // One nuget.config above both the service and its test project: the local feed first, then nuget.org.
        Render(Path.Combine(target, "nuget.config.template"), Path.Combine(feed.WorkDirectory, "nuget.config"), ("$FEED$", feed.Feed));
        return target;
    }

    private static void Render(string template, string output, params (string Key, string Value)[] values)
    {
        var text = File.ReadAllText(template);
        foreach (var (key, value) in values)
        {
            text = text.Replace(key, value, StringComparison.Ordinal);
        }

        File.WriteAllText(output, text);
        File.Delete(template);
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
