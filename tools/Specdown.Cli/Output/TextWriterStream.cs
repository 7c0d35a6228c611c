using System;
using System.IO;
using System.Text;

namespace Specdown.Cli;

/// <summary>
/// A write-only stream that decodes UTF-8 bytes into a <see cref="TextWriter"/> as they come (multi-byte sequences
/// split across writes are handled), so a large output (the model of a whole corpus) is never held in memory at once.
/// </summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = OutputFiles.Utf8NoBom.GetDecoder();
    private char[] _chars = new char[4096];

    public TextWriterStream(TextWriter writer) => _writer = writer;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        _writer.Write(_chars, 0, written);
    }

    public override void WriteByte(byte value) => Write(new[] { value }, 0, 1);

    public override void Flush() => _writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
