namespace Signatures.Cli;

/// <summary>Reads the signature named by <c>--signature FILE</c>: an MLmodel file or a JSON file holding
/// <c>ModelSignature.to_dict()</c> (<c>-</c> reads standard input).</summary>
public static class SignatureFile
{
    /// <summary>Reads and parses the file.</summary>
    /// <exception cref="UsageException">The file does not exist or cannot be read (exit code 2).</exception>
    /// <exception cref="SignatureException">The file holds no valid signature (exit code 1); the message starts with the path.</exception>
    public static ModelSignature Read(string path, TextReader stdin)
    {
        string text = ReadText(path, stdin);
        try
        {
            return ModelSignature.Parse(text);
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"{DisplayName(path)}: {e.Message}", e);
        }
    }

    /// <summary>The file's text (UTF-8, a byte-order mark dropped).</summary>
    /// <exception cref="UsageException">The file does not exist or cannot be read.</exception>
    public static string ReadText(string path, TextReader stdin)
    {
        if (path == "-") return stdin.ReadToEnd();
        // A model directory stands for its MLmodel file, as everywhere in the CLI.
        if (Directory.Exists(path) && File.Exists(Path.Combine(path, Models.MLmodelFile.FileName))) path = Path.Combine(path, Models.MLmodelFile.FileName);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException when Directory.Exists(path) => "it is a directory",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            throw new UsageException($"cannot read signature file '{path}': {reason}");
        }
    }

    private static string DisplayName(string path) => path == "-" ? "<stdin>" : path;
}
