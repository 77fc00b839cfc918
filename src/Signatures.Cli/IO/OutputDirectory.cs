namespace Signatures.Cli.IO;

/// <summary>An output directory named on the command line: used when it exists, created when only its last part is
/// missing, refused otherwise (a mistyped path must not create a chain of directories).</summary>
public static class OutputDirectory
{
    /// <summary>Makes sure <paramref name="path"/> is a directory; returns it.</summary>
    /// <exception cref="UsageException">It is a file, or more than its last part is missing, or it cannot be created.</exception>
    public static string Prepare(string path, string option)
    {
        if (Directory.Exists(path)) return path;
        if (File.Exists(path)) throw new UsageException($"{option} '{path}' is a file, not a directory.");
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException($"{option} '{path}' is not a valid directory path: {e.Message}");
        }
        string? parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full));
        if (parent is null || !Directory.Exists(parent))
        {
            throw new UsageException($"{option} '{path}': its parent directory '{parent}' does not exist; only the last directory of the path is created.");
        }
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{option} '{path}' cannot be created: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
        return path;
    }
}
