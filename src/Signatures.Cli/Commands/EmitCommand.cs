using System.CommandLine;
using Signatures.Cli.Emission;

namespace Signatures.Cli.Commands;

/// <summary><c>signatures emit</c>: writes each <c>[ModelSignature]</c> class's files from a built assembly (what
/// the package's build targets run after every build).</summary>
internal static class EmitCommand
{
    private const string Details = """
        usage: signatures emit --assembly DLL [--out DIR]

        For each [ModelSignature] class of the built assembly, writes DIR/<Namespace.Class>/signature.json
        (MLflow's to_dict() JSON), signature.yaml (the MLmodel 'signature:' block) and, when the class declares
        an input example, input_example.json and serving_input_example.json exactly as MLflow saves them.
        DIR defaults to 'signatures' beside the assembly. Files that already hold their bytes are not touched;
        files of classes that are gone are removed. Signatures are read from the assembly's metadata; only
        classes that declare an example are loaded (in an isolated load context) to run it.

        exit codes: 0 done, 1 failed (an MSBuild error line 'PATH : error SIGBxxx: ...'), 2 wrong usage,
        3 standard output closed or full.
        """;

    /// <summary>The command: its options and its action.</summary>
    public static SignaturesCommand Create(StandardStreams streams)
    {
        var assembly = new Option<string>("--assembly") { HelpName = "DLL", Description = "the built assembly whose [ModelSignature] classes to emit" };
        var output = new Option<string>("--out") { HelpName = "DIR", Description = "where to write <Namespace.Class>/ folders (default: 'signatures' beside the assembly)" };
        var command = new SignaturesCommand("emit", "write the signatures/<class>/ files of a built assembly", UsageStyle.NamedWithHelpLine, Details)
        {
            assembly, output,
        };
        command.SetAction(result => Run(result.GetValue(assembly), result.GetValue(output), streams));
        return command;
    }

    private static int Run(string? assembly, string? outputDir, StandardStreams streams) => BuildCommandFailure.Guard(streams.Error, "emit", () =>
    {
        if (assembly is null) throw new UsageException("--assembly DLL is required.");
        string output = outputDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(assembly))!, SignatureEmission.FolderName);
        var (written, signatures) = SignatureEmission.Emit(assembly, output);
        foreach (string path in written) streams.Output.WriteLine("wrote " + path);
        streams.Output.WriteLine($"{signatures.Count} signature class(es), {written.Count} file(s) written to {Path.GetFullPath(output)}");
        return ExitCodes.Ok;
    });
}
