namespace Signatures.Cli.Commands;

/// <summary>Reads the signature a command is given: a JSON file holding MLflow's <c>ModelSignature.to_dict()</c>.</summary>
internal static class SignatureFile
{
    /// <summary>Reads <paramref name="path"/>; throws <see cref="UsageException"/> with a clear message when it cannot.</summary>
    public static ModelSignature Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read the signature file '{path}': {e.Message}");
        }
        if (!text.TrimStart().StartsWith('{'))
        {
            // An MLmodel file (YAML) is not read by this build yet; say what to pass instead.
            throw new UsageException(
                $"the signature file '{path}' is not a JSON object; pass the signature as MLflow's ModelSignature.to_dict() JSON " +
                "(json.dumps(signature.to_dict())). MLmodel YAML files are not supported by this command yet.");
        }
        return Parse(text, $"the signature file '{path}'");
    }

    /// <summary>Reads to_dict() JSON text; throws <see cref="UsageException"/> when it is not a valid signature.</summary>
    public static ModelSignature Parse(string json, string what)
    {
        try
        {
            return ModelSignature.FromDictJson(json);
        }
        catch (SignatureException e)
        {
            throw new UsageException($"{what} is not a valid signature: {e.Message}");
        }
    }
}

/// <summary>The command was used wrongly (missing file, bad arguments, an invalid signature): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
