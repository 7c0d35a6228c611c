using System;
using System.IO;
using System.Text;

namespace Specdown.Cli;

/// <summary>
/// Where a command's main output goes: a file given by <c>--output</c>, or the command's standard output. Writers
/// produce UTF-8 bytes with '\n' line ends, so the output is identical on every platform.
/// </summary>
public static class OutputFiles
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs <paramref name="write"/> against the output file, or streams it to the command's stdout.</summary>
    public static void Emit(CliContext context, string? outputPath, Action<Stream> write)
    {
        if (outputPath is null)
        {
            using var stream = new BufferedStream(new TextWriterStream(context.Output), 65536);
            write(stream);
            stream.Flush();
            return;
        }

        var full = context.ResolvePath(outputPath);
        try
        {
            EnsureDirectory(full);
            using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read);
            write(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {outputPath}: {CliContext.OneLine(exception.Message)}");
        }
    }

    public static void WriteAllBytes(string fullPath, byte[] bytes)
    {
        try
        {
            EnsureDirectory(fullPath);
            File.WriteAllBytes(fullPath, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {fullPath}: {CliContext.OneLine(exception.Message)}");
        }
    }

    /// <summary>A text writer over a stream: UTF-8 without BOM, '\n' line ends, invariant culture.</summary>
    public static StreamWriter CreateTextWriter(Stream stream) =>
        new(stream, Utf8NoBom, 65536, leaveOpen: true) { NewLine = "\n" };

    private static void EnsureDirectory(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
