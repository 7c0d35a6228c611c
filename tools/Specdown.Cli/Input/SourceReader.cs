using System;
using System.IO;
using System.Text;

namespace Specdown.Cli.Input;

/// <summary>
/// Reads a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Invalid UTF-8 and IO failures are
/// returned as a reason, never thrown, so one bad file does not stop a run.
/// </summary>
public static class SourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null with <paramref name="failure"/> set.</returns>
    public static string? Read(string fullPath, out string? failure)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            failure = CliContext.OneLine(exception.Message);
            return null;
        }

        return Decode(bytes, out failure);
    }

    public static string? Decode(byte[] bytes, out string? failure)
    {
        failure = null;
        try
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                return StrictUtf8.GetString(bytes, 3, bytes.Length - 3);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }

            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            _ = exception;
            failure = "not valid UTF-8";
            return null;
        }
    }
}
