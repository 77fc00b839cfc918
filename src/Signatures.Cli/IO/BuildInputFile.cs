using System.Globalization;
using System.Text;
using Signatures.Models;

namespace Signatures.Cli.IO;

/// <summary>
/// Reads a file named to a build-time command (<c>set-signature --signature</c>, <c>infer</c>) with the CLI's size
/// bound, failing as those commands fail: a <see cref="ModelDirectoryException"/> with a code and the full path, which
/// the build shows as an error line. Text is strict UTF-8, as Python's <c>open()</c> reads it.
/// </summary>
internal static class BuildInputFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="path"/>, at most <paramref name="limit"/> bytes; <paramref name="what"/>
    /// names the file in messages.</summary>
    /// <exception cref="ModelDirectoryException">Missing (<see cref="BuildErrorCodes.NotFound"/>), a directory or
    /// unreadable (<see cref="BuildErrorCodes.FileAccess"/>), larger than the limit or not UTF-8 text
    /// (<paramref name="notTextCode"/>).</exception>
    public static string ReadText(string path, int limit, string notTextCode, string what)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ModelDirectoryException(BuildErrorCodes.FileAccess, full, $"{what} is a directory, not a file");
        if (!File.Exists(full)) throw new ModelDirectoryException(BuildErrorCodes.NotFound, full, $"{what} does not exist");
        BoundedBytes read;
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            read = BoundedBytes.Read(stream, limit, stream.CanSeek ? stream.Length : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, full, $"{what} cannot be read: {InputOutputException.Reason(e)}", e);
        }
        if (read.TooLarge)
        {
            throw new ModelDirectoryException(notTextCode, full, string.Create(CultureInfo.InvariantCulture, $"{what} is larger than the limit of {limit} bytes"));
        }
        try
        {
            return StrictUtf8.GetString(read.Bytes.Span);
        }
        catch (DecoderFallbackException)
        {
            throw new ModelDirectoryException(notTextCode, full, $"{what} is not UTF-8 text (is it a binary file?)");
        }
    }
}
