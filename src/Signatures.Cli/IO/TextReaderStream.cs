using System.Text.Unicode;

namespace Signatures.Cli.IO;

/// <summary>A read-only stream of a <see cref="TextReader"/>'s text as UTF-8, encoded a chunk at a time. A lone surrogate
/// (which text can hold but UTF-8 cannot) becomes its 3-byte form, which is invalid UTF-8, so it is reported rather
/// than silently replaced.</summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly char[] chars = new char[4096 + 1];
    private readonly byte[] encoded = new byte[(4096 + 1) * 3];
    private int start, end;

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (start == end && !Fill()) return 0;
        int n = Math.Min(count, end - start);
        Array.Copy(encoded, start, buffer, offset, n);
        start += n;
        return n;
    }

    private bool Fill()
    {
        int read = reader.Read(chars, 0, chars.Length - 1);
        if (read == 0) return false;
        if (char.IsHighSurrogate(chars[read - 1]) && reader.Peek() >= 0) chars[read++] = (char)reader.Read(); // keep a pair together
        start = 0;
        end = 0;
        ReadOnlySpan<char> text = chars.AsSpan(0, read);
        while (!text.IsEmpty)
        {
            Utf8.FromUtf16(text, encoded.AsSpan(end), out int used, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            end += written;
            text = text[used..];
            if (text.IsEmpty) break;
            int code = text[0]; // a lone surrogate
            encoded[end++] = (byte)(0xE0 | (code >> 12));
            encoded[end++] = (byte)(0x80 | ((code >> 6) & 0x3F));
            encoded[end++] = (byte)(0x80 | (code & 0x3F));
            text = text[1..];
        }
        return true;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

}
