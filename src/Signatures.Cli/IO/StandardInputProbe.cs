namespace Signatures.Cli.IO;

/// <summary>
/// Tells whether the process was started with its standard input closed (<c>&lt;&amp;-</c>). On Linux the runtime then
/// reuses descriptor 0 for a pipe of its own before <c>Main</c> runs, so reading "standard input" would wait forever on
/// a pipe whose writing end this process holds; that is detected from <c>/proc/self/fd</c>.
/// </summary>
internal static class StandardInputProbe
{
    private const string Descriptors = "/proc/self/fd";

    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(Descriptors)) return false;
        try
        {
            string? stdin = LinkTarget(0);
            if (stdin is null) return true; // descriptor 0 does not exist at all
            if (!stdin.StartsWith("pipe:", StringComparison.Ordinal)) return false;
            foreach (string path in Directory.EnumerateFileSystemEntries(Descriptors))
            {
                if (!int.TryParse(Path.GetFileName(path), out int fd) || fd == 0) continue;
                if (LinkTarget(fd) == stdin && IsWritable(fd)) return true;
            }
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // cannot tell: read it as usual
        }
    }

    private static string? LinkTarget(int fd)
    {
        var link = new FileInfo($"{Descriptors}/{fd}");
        return link.Exists ? link.LinkTarget : null;
    }

    // "flags:" in /proc/self/fdinfo/N is octal; its two low bits are the access mode (0 read-only, 1 write, 2 both).
    private static bool IsWritable(int fd)
    {
        foreach (string line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
        {
            if (!line.StartsWith("flags:", StringComparison.Ordinal)) continue;
            string octal = line["flags:".Length..].Trim();
            return octal.Length > 0 && (octal[^1] - '0' & 3) != 0;
        }
        return false;
    }
}
