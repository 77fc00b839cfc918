namespace Signatures.Cli.Commands;

/// <summary>
/// <c>signatures contracts FILE --namespace NS [--class NAME] [--output FILE]</c>: schema first. Writes C# contracts
/// for the signature in an MLmodel or <c>to_dict()</c> JSON file that the Signatures generator turns back into the
/// identical signature (<see cref="ContractSource"/>). A directory means its MLmodel file.
/// </summary>
public static class ContractsCommand
{
    private const string Usage =
        "usage: signatures contracts FILE --namespace NS [--class NAME] [--output FILE]   " +
        "(FILE: an MLmodel file, a model directory or a to_dict() JSON file, '-' reads stdin; NAME defaults to Model; " +
        "the C# goes to stdout unless --output names a file)";

    /// <summary>Runs the command; returns the exit code (1: the signature is invalid or C# cannot express it).</summary>
    /// <exception cref="UsageException">Bad arguments or an unreadable file.</exception>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, namespaceName = null, className = null, output = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
                return 0;
            }
            switch (arg)
            {
                case "--namespace":
                    namespaceName = SetOnce(namespaceName, Value(args, ref i), arg);
                    break;
                case "--class":
                    className = SetOnce(className, Value(args, ref i), arg);
                    break;
                case "--output":
                    output = SetOnce(output, Value(args, ref i), arg);
                    break;
                default:
                    if (arg != "-" && arg.StartsWith('-')) throw new UsageException($"contracts: unknown argument '{arg}'. {Usage}");
                    file = SetOnce(file, arg, "FILE");
                    break;
            }
        }
        if (file is null) throw new UsageException("contracts needs a FILE. " + Usage);
        if (namespaceName is null) throw new UsageException("contracts needs --namespace NS. " + Usage);
        className ??= "Model";

        if (file != "-" && Directory.Exists(file)) file = Path.Combine(file, "MLmodel");
        ModelSignature signature = SignatureFile.Read(file, stdin);
        string source;
        try
        {
            source = ContractSource.Write(signature, namespaceName, className);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"contracts: {e.Message.Split(" (Parameter", 2)[0]} {Usage}");
        }
        if (output is null)
        {
            stdout.Write(source);
            return 0;
        }
        try
        {
            File.WriteAllText(output, source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{output}': {e.Message}");
        }
        stderr.WriteLine($"signatures: wrote {output}");
        return 0;
    }

    private static string Value(string[] args, ref int i) =>
        i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value. {Usage}");

    private static string SetOnce(string? current, string value, string what) =>
        current is null ? value : throw new UsageException($"contracts: {what} given twice. {Usage}");
}
