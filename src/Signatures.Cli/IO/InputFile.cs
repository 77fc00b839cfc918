using System.Text;

namespace Signatures.Cli.IO;

/// <summary>
/// Reads a file named on the command line (or standard input for <c>-</c>) with a size bound, before anything is
/// buffered. A file that cannot be opened (missing, a directory, no permission) is wrong usage
/// (<see cref="UsageException"/>); a read that fails once started is an <see cref="InputOutputException"/>.
/// </summary>
public static class InputFile
{
    /// <summary>Reads at most <paramref name="limit"/> bytes of <paramref name="path"/>; <paramref name="what"/> names the
    /// file in messages ("signature file", "the payload").</summary>
    public static BoundedBytes Read(string path, string what, int limit, StandardInput stdin)
    {
        if (path == "-") return stdin.ReadBounded(limit);
        FileStream stream = Open(path, what);
        using (stream)
        {
            try
            {
                return BoundedBytes.Read(stream, limit, stream.CanSeek ? stream.Length : null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputOutputException($"cannot read {what} '{path}': {InputOutputException.Reason(e)}", e);
            }
        }
    }

    /// <summary>The text of bytes read from a file: UTF-8 unless a byte-order mark says otherwise (as
    /// <see cref="File.ReadAllText(string)"/> reads).</summary>
    public static string Decode(ReadOnlyMemory<byte> bytes)
    {
        ReadOnlySpan<byte> span = bytes.Span;
        // Only a byte-order mark other than UTF-8's needs the detecting reader; UTF-8 (with or without one) decodes directly.
        if (span.Length >= 2 && (span[0] is 0xFE or 0xFF || span[0] == 0 && span[1] == 0))
        {
            using var reader = new StreamReader(new MemoryStream(span.ToArray(), writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        return Encoding.UTF8.GetString(span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? span[3..] : span);
    }

    /// <summary>The message for a file that is not a file.</summary>
    public static string NotAFile(string path, string what) => $"cannot read {what} '{path}': it is a directory, not a file";

    private static FileStream Open(string path, string what)
    {
        if (Directory.Exists(path)) throw new UsageException(NotAFile(path, what));
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException when Directory.Exists(path) => "it is a directory, not a file",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            throw new UsageException($"cannot read {what} '{path}': {reason}");
        }
    }
}
