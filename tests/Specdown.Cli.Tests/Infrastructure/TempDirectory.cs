using System.IO;

namespace Specdown.Cli.Tests.Infrastructure;

/// <summary>A fresh temporary directory, deleted on dispose; can be seeded with a copy of a fixture folder.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "specdown-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static TempDirectory WithCopyOf(string relativeFolder, string? targetName = null)
    {
        var temp = new TempDirectory();
        var source = System.IO.Path.Combine(CliRun.BaseDirectory, relativeFolder);
        CopyDirectory(source, System.IO.Path.Combine(temp.Path, targetName ?? System.IO.Path.GetFileName(relativeFolder)));
        return temp;
    }

    public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    public void Write(string relativePath, string text)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
        }
    }
}
