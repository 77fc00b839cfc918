namespace Signatures.Cli.IO;

/// <summary>What a bounded read got: the bytes, or that the input is larger than the limit (then nothing is kept).</summary>
public readonly record struct BoundedBytes(byte[] Bytes, bool TooLarge, long? Length)
{
    /// <summary>Reads <paramref name="stream"/> to its end, keeping at most <paramref name="limit"/> bytes; a stream with a
    /// known length above the limit is refused before anything is read.</summary>
    public static BoundedBytes Read(Stream stream, int limit, long? knownLength)
    {
        if (knownLength > limit) return new BoundedBytes([], TooLarge: true, knownLength);
        using var buffer = new MemoryStream(knownLength is long length ? (int)length : 0);
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, (long)limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return new BoundedBytes([], TooLarge: true, Length: null);
        }
        return new BoundedBytes(buffer.ToArray(), TooLarge: false, buffer.Length);
    }
}
