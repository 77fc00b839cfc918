using System.Text;

namespace Signatures.Models;

/// <summary>
/// Writes a file so that it is either the old or the new content, never half of one: a temporary file beside it,
/// then a rename over it. A file whose bytes are already the new ones is not touched (its time stays), which is
/// what keeps incremental builds quiet.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether <paramref name="path"/> already holds exactly <paramref name="text"/> as UTF-8.</summary>
    public static bool HoldsText(string path, string text)
    {
        try
        {
            if (!File.Exists(path)) return false;
            byte[] wanted = Utf8.GetBytes(text);
            var info = new FileInfo(path);
            return info.Length == wanted.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(wanted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) unless the file already holds it; returns whether it wrote.</summary>
    /// <exception cref="ModelDirectoryException">The file or its directory cannot be written (<see cref="BuildErrorCodes.FileAccess"/>).</exception>
    public static bool WriteIfChanged(string path, string text)
    {
        if (HoldsText(path, text)) return false;
        string fullPath = System.IO.Path.GetFullPath(path);
        string directory = System.IO.Path.GetDirectoryName(fullPath)!;
        if (File.Exists(fullPath) && File.GetAttributes(fullPath).HasFlag(FileAttributes.ReadOnly))
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, fullPath, "the file is read-only; make it writable to update it");
        }
        if (Directory.Exists(fullPath))
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, fullPath, "a directory is in the way of the file to write");
        }
        string temporary = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temporary, Utf8.GetBytes(text));
            File.Move(temporary, fullPath, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, fullPath, $"the file cannot be written: {e.Message}", e);
        }
    }

    /// <summary>Reads a text file as Python's <c>open()</c> does (strict UTF-8).</summary>
    /// <exception cref="ModelDirectoryException">Missing (<see cref="BuildErrorCodes.NotFound"/>), unreadable
    /// (<see cref="BuildErrorCodes.FileAccess"/>) or not UTF-8 text (<paramref name="notTextCode"/>).</exception>
    public static string ReadText(string path, string notTextCode, string what)
    {
        string fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath)) throw new ModelDirectoryException(BuildErrorCodes.FileAccess, fullPath, $"{what} is a directory, not a file");
        if (!File.Exists(fullPath)) throw new ModelDirectoryException(BuildErrorCodes.NotFound, fullPath, $"{what} does not exist");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelDirectoryException(BuildErrorCodes.FileAccess, fullPath, $"{what} cannot be read: {e.Message}", e);
        }
        try
        {
            return Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ModelDirectoryException(notTextCode, fullPath, $"{what} is not UTF-8 text (is it a binary file?)");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary name is unique and hidden; a leftover is harmless and the real error is reported.
        }
    }
}
