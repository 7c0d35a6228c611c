using System.Reflection;

namespace Specdown.Package.Tests;

/// <summary>
/// Packs Specdown, Specdown.Testing and the specdown tool once, with a version of its own, into a fresh local feed.
/// A new version on every run means the global packages folder never serves a stale package.
/// </summary>
public sealed class PackageFeedFixture : IDisposable
{
    public PackageFeedFixture()
    {
        RepoRoot = FindRepoRoot();
        WorkDirectory = Directory.CreateTempSubdirectory("specdown-package-").FullName;
        Feed = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        Configuration = typeof(PackageFeedFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        foreach (var project in new[] { "packaging/Specdown/Specdown.csproj", "runtime/Specdown.Testing/Specdown.Testing.csproj", "tools/Specdown.Cli/Specdown.Cli.csproj" })
        {
            var result = ProcessRunner.Dotnet($"pack \"{Path.Combine(RepoRoot, project)}\" -c {Configuration} --no-build -o \"{Feed}\" -p:Version={Version}", RepoRoot);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed: {result}");
            }
        }
    }

    public string RepoRoot { get; }

    public string WorkDirectory { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Configuration { get; }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "packages";
}
