using System.Globalization;
using Signatures.Cli.IO;
using Signatures.Models;

namespace Signatures.Cli;

/// <summary>Reads the signature named on the command line: an MLmodel file, an MLflow model directory (its
/// <c>MLmodel</c> file is read) or a JSON file holding <c>ModelSignature.to_dict()</c> (<c>-</c> reads standard input).
/// At most <see cref="InputLimits.MaxSignatureBytes"/> are read.</summary>
public static class SignatureFile
{
    /// <summary>The file an MLflow model directory keeps its signature in.</summary>
    public const string MLmodelFileName = MLmodelFile.FileName;

    /// <summary>Reads and parses the file.</summary>
    /// <exception cref="UsageException">The file does not exist or cannot be opened, or is a directory without an
    /// MLmodel file (exit code 2).</exception>
    /// <exception cref="SignatureException">The file holds no valid signature or is larger than the limit (exit code 1);
    /// the message starts with the path.</exception>
    /// <exception cref="InputOutputException">Reading failed once started (exit code 3).</exception>
    public static ModelSignature Read(string path, StandardInput stdin)
    {
        string file = Resolve(path);
        string text = ReadText(file, stdin);
        try
        {
            return ModelSignature.Parse(text);
        }
        catch (SignatureException e)
        {
            throw new SignatureException($"{DisplayName(file)}: {e.Message}", e);
        }
    }

    /// <summary>The file to read for <paramref name="path"/>: the path itself, or the MLmodel file of a model directory.</summary>
    /// <exception cref="UsageException">A directory without an MLmodel file.</exception>
    public static string Resolve(string path)
    {
        if (path == "-" || !Directory.Exists(path)) return path;
        // The one rule for a model directory is MLflowModelDirectory's; the path shown stays the one typed.
        try
        {
            MLflowModelDirectory.ResolveMLmodel(path);
        }
        catch (ModelDirectoryException e) when (e.Code == BuildErrorCodes.NotFound)
        {
            throw new UsageException($"cannot read signature file '{path}': it is a directory without an {MLmodelFileName} file " +
                "(give an MLmodel file, an MLflow model directory or a JSON file holding ModelSignature.to_dict())");
        }
        catch (ModelDirectoryException e)
        {
            throw new UsageException($"cannot read signature file '{path}': {e.Problem}");
        }
        return Path.Combine(path, MLmodelFileName);
    }

    /// <summary>The file's text (UTF-8 unless a byte-order mark says otherwise), read with the size bound.</summary>
    /// <exception cref="UsageException">The file does not exist or cannot be opened.</exception>
    /// <exception cref="SignatureException">The file is larger than <see cref="InputLimits.MaxSignatureBytes"/>.</exception>
    public static string ReadText(string path, StandardInput stdin)
    {
        BoundedBytes read = InputFile.Read(path, "signature file", InputLimits.MaxSignatureBytes, stdin);
        if (read.TooLarge)
        {
            throw new SignatureException(string.Create(CultureInfo.InvariantCulture,
                $"{DisplayName(path)}: the signature is larger than the limit of {InputLimits.MaxSignatureBytes} bytes"));
        }
        return InputFile.Decode(read.Bytes);
    }

    private static string DisplayName(string path) => path == "-" ? StandardInput.DisplayName : path;
}
