using System.CommandLine;
using Signatures.Cli.IO;

namespace Signatures.Cli.Commands;

/// <summary>
/// <c>signatures contracts FILE --namespace NS [--class NAME] [--output FILE]</c>: schema first. Writes C# contracts
/// for the signature in an MLmodel file, a model directory or a <c>to_dict()</c> JSON file that the Signatures generator
/// turns back into the identical signature (<see cref="ContractSource"/>).
/// </summary>
public static class ContractsCommand
{
    private const string Details = """
        usage: signatures contracts FILE --namespace NS [--class NAME] [--output FILE]

        FILE is an MLmodel file, an MLflow model directory (its MLmodel file is read) or a JSON file holding
        ModelSignature.to_dict() ('-' reads stdin). The C# file declares the signature class NAME (default: Model)
        and its contracts NAMEInput, NAMEOutput and NAMEParams in namespace NS; the Signatures generator turns them
        back into the same signature. It goes to standard output unless --output names a file.

        exit codes: 0 written, 1 the signature is invalid or C# cannot express it (the reason is printed),
        2 wrong usage, 3 input/output error (the output cannot be written).
        """;

    /// <summary>The command: its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        const string fileHelp = "an MLmodel file, an MLflow model directory or a JSON file holding ModelSignature.to_dict() ('-' reads stdin)";
        var file = new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = fileHelp };
        var namespaceName = new Option<string>("--namespace") { HelpName = "NS", Description = "the namespace of the contracts (required)" };
        var className = new Option<string>("--class") { HelpName = "NAME", Description = "the signature class; the contracts are named after it (default: Model)" };
        var output = new Option<string>("--output") { HelpName = "FILE", Description = "write the C# to this file instead of standard output" };
        var command = new SignaturesCommand("contracts", "write C# contracts that the generator turns back into a signature (schema first)",
            UsageStyle.OneLine, Details) { file, namespaceName, className, output };
        UsageErrors.ReportOptionsTakenAsValue(file, command, dashIsStandardInput: true);
        command.SetAction(result => Run(result.GetValue(file), result.GetValue(namespaceName), result.GetValue(className), result.GetValue(output), streams));
        return command;
    }

    private static int Run(string? file, string? namespaceName, string? className, string? output, StandardStreams streams)
    {
        if (file is null) throw new UsageException("contracts needs a FILE.");
        if (namespaceName is null) throw new UsageException("contracts needs --namespace NS.");
        ModelSignature signature = SignatureFile.Read(file, streams.Input);
        string source;
        try
        {
            source = ContractSource.Write(signature, namespaceName, className ?? "Model");
        }
        catch (ArgumentException e)
        {
            // The names are checked by ContractSource (one rule); its message without the parameter suffix.
            throw new UsageException($"contracts: {e.Message.Split(" (Parameter", 2)[0]}");
        }
        if (output is null)
        {
            streams.Output.Write(source);
            return ExitCodes.Ok;
        }
        OutputFile.Write(output, "--output", source);
        streams.Error.WriteLine($"signatures: wrote {output}");
        return ExitCodes.Ok;
    }
}
