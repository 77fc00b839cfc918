namespace Signatures.Cli.IO;

/// <summary>What a bounded read got: the bytes, or that the input is larger than the limit (then nothing is kept).</summary>
public readonly record struct BoundedBytes(ReadOnlyMemory<byte> Bytes, bool TooLarge, long? Length)
{
    private const int FirstBufferSize = 64 * 1024;

    /// <summary>Reads <paramref name="stream"/> to its end, keeping at most <paramref name="limit"/> bytes; a stream with a
    /// known length above the limit is refused before anything is read. The buffer grows by doubling but never past
    /// <paramref name="limit"/> + 1 bytes, so a refused input costs at most about 1.5 times the limit.</summary>
    public static BoundedBytes Read(Stream stream, int limit, long? knownLength)
    {
        if (knownLength > limit) return new BoundedBytes(ReadOnlyMemory<byte>.Empty, TooLarge: true, knownLength);
        // One byte beyond the known length (or the limit) shows whether the input is longer than it said.
        int capacity = (int)Math.Min((knownLength ?? FirstBufferSize) + 1, (long)limit + 1);
        byte[] buffer = new byte[capacity];
        int count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                if (buffer.Length > limit) return new BoundedBytes(ReadOnlyMemory<byte>.Empty, TooLarge: true, Length: null);
                Array.Resize(ref buffer, (int)Math.Min(Math.Max((long)buffer.Length * 2, FirstBufferSize), (long)limit + 1));
            }
            int read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0) break;
            count += read;
        }
        if (count > limit) return new BoundedBytes(ReadOnlyMemory<byte>.Empty, TooLarge: true, Length: null);
        return new BoundedBytes(buffer.AsMemory(0, count), TooLarge: false, count);
    }
}
