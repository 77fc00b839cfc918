namespace Signatures.Cli.IO;

/// <summary>An output file named on the command line, written whole (UTF-8 without a byte-order mark). A directory,
/// an invalid path or a path whose directory does not exist is wrong usage (a mistyped path must not be created), as is
/// a file the user may not write; a write that fails otherwise (a full disk) is an <see cref="InputOutputException"/>.</summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, replacing the file; <paramref name="option"/>
    /// names the option in messages.</summary>
    /// <exception cref="UsageException">The path is a directory, invalid, in a missing directory or not writable.</exception>
    /// <exception cref="InputOutputException">Writing failed.</exception>
    public static void Write(string path, string option, string text)
    {
        if (Directory.Exists(path)) throw new UsageException($"{option} '{path}' is a directory, not a file.");
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"{option} '{path}' is not a valid file path: {e.Message}");
        }
        string? parent = Path.GetDirectoryName(full);
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new UsageException($"{option} '{path}': its directory '{parent}' does not exist.");
        }
        try
        {
            File.WriteAllText(full, text);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            throw new InputOutputException($"cannot write '{path}': {e.Message}", e);
        }
    }
}
